## Widget'ın çerçevesi: başlangıç sayfası, düğmeler, gezinme, kontrol sayfası, sonuç sayfası, güvenlik.

lang-label = Dil · Language

## Başlangıç sayfası
start-heading = Sizin için hangi seçeneklerin geçerli olabileceğini öğrenin
start-what = Durumunuzla ilgili birkaç soruyu cevaplayın. Ülkenize dönmenin, burada kalmanın veya koruma almanın hangi yollarının sizin için geçerli olabileceğini, nedenini ve size kimin yardım edebileceğini göreceksiniz.
start-private = Cevaplarınız bu cihazda kalır. Hiçbir yere gönderilmez ve hiçbir şey kaydedilmez. Adınızı vermezsiniz.
start-not-advice = Bu bir bilgilendirmedir, hukuki danışmanlık değildir. Karar vermeden önce her zaman bir danışmanla kontrol edin.
start-decision = Ne seçerseniz seçin, karar sizindir. Kimse size ülkenize dönmeniz için baskı yapmamalıdır.
start-safety-link = Bu sayfayı güvenle nasıl kullanabilirsiniz
start-loading = Sorular hazırlanıyor. Bağlantı yavaşsa bu biraz zaman alabilir.

## Düğmeler ve bağlantılar
btn-start = Başlayın
btn-continue = Devam edin
btn-see-results = Sonuçları görün
btn-back = Geri
btn-change = Değiştirin
btn-start-again = Yeniden başlayın
btn-print = Bu sonuçları yazdırın veya kaydedin
btn-leave = Bu sayfadan çıkın
btn-leave-skip = Bu sayfadan hemen çıkın
btn-read-aloud = Sesli oku
read-aloud-toggle = Soruları ve sonuçları sesli dinleyin

## Birçok soruda kullanılan cevaplar
opt-prefer-not = Söylemek istemiyorum
opt-none-of-these = Hiçbiri
opt-or = veya
hint-choose-all = Size uyanların hepsini seçin.

## Bir soru sayfasındaki hatalar
error-summary-title = Bir sorun var
error-choose-one = Bir cevap veya “Söylemek istemiyorum” seçeneğini seçin.
error-choose-one-only = Bir cevap seçin.
error-choose-some = En az bir cevap, “Hiçbiri” veya “Söylemek istemiyorum” seçeneğini seçin.
error-choose-country-host = Şu anda bulunduğunuz ülkeyi listeden seçin.
error-choose-country-origin = Listeden vatandaşı olduğunuz ülkeyi veya “Söylemek istemiyorum” seçeneğini seçin.

## Cevaplarınızı kontrol edin
check-heading = Cevaplarınızı kontrol edin
check-intro = Sonuçlarınızı görmeden önce her cevabı değiştirebilirsiniz.
check-not-answered = Söylememeyi tercih ettiniz
check-labelled = { $label }: { $value }
check-none = Hiçbiri

## Sonuçlar
results-heading = Sizin için geçerli olabilecek seçenekler
results-intro = { $count ->
    [0] Bu cevaplar için bir seçenek bulamadık. Yine de bir danışman size yardım edebilir.
    [one] Sizin için geçerli olabilecek { $count } seçenek bulduk.
   *[other] Sizin için geçerli olabilecek { $count } seçenek bulduk.
}
results-not-advice = Bu hukuki danışmanlık değildir. Buradaki her seçenek “sizin için geçerli olabilir”: bir karar vermeden önce bir danışmanla kontrol edin.
results-group-protection = Koruma ve destek
results-group-stay = Yasal olarak kalmak
results-group-return = Ülkenize dönmek
results-group-advice = Danışmanlık
results-may-apply = Geçerli olabilir
results-info-only = Bilginiz için
results-held = Yalnızca bilginiz için gösteriliyor, çünkü:
results-why = Bunu neden görüyorsunuz
results-why-you-said = Şunu söylediniz:
results-next = Sonraki adım
results-sources = Kaynaklar
results-rules-as-of = Kuralların tarihi: { $date } ({ $pack }).
results-reviewed = Son kontrol tarihi: { $date }.
results-review-old = Bu kurallar en son { $date } tarihinde, yani 12 aydan daha uzun süre önce kontrol edildi. Bazıları değişmiş olabilir: bir danışmana sorun.
results-notices = Bilmeniz iyi olur
results-ended = Bu yol sona erdi ({ $date }). Artık açık olmadığını bilmeniz için gösteriliyor.
results-pack-generic = genel kurallar, belirli bir ülkeye özel değil
results-pack-country = { $country } için kurallar

## Tarihler: date-long bir tarih yazar; $day ve $year sayıdır, $month aşağıdaki ay adıdır
## (“1 Ocak 2026”: ay adları büyük harfle başlar).
date-long = { $day } { $month } { $year }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

## Kaynaklar
cite-seed = IOM kaynak belgesi { $doc }, satır { $lines }

## Güvenlik uyarısı ve güvenlik sayfası
safety-heading = Sonraki sorulardan önce
safety-sensitive = Sonraki sorular güvenliğiniz ve durumunuzla ilgilidir. Her birinde “Söylemek istemiyorum” seçeneğini seçebilirsiniz.
safety-leave-button = Biri gelirse, yukarıdaki “Bu sayfadan çıkın” düğmesine basın. Cevaplarınız silinir ve başka bir sayfa açılır.
safety-shift = Klavyede Shift tuşuna üç kez basarak da çıkabilirsiniz.
safety-more = Bu sayfayı güvenle nasıl kullanabilirsiniz
safety-page-heading = Bu sayfayı güvenle nasıl kullanabilirsiniz
safety-page-device = Cevaplarınız yalnızca bu sayfa açıkken tutulur. Hiçbir yere gönderilmez ve hiçbir zaman kaydedilmez.
safety-page-history = Tarayıcınız bu sayfayı ziyaret ettiğinizi yine de hatırlayabilir. Bunu önlemek için gizli bir pencere (gizli sekme veya incognito da denir) kullanın ya da sonra tarama geçmişinizi silin.
safety-page-shared = Bu telefonu veya bilgisayarı başka biri de kullanıyor ya da kontrol ediyorsa, gizli bir pencere kullanın ve işiniz bitince kapatın.
safety-page-exit = “Bu sayfadan çıkın” düğmesi ve Shift tuşuna üç kez basmak cevaplarınızı hemen siler ve başka bir sayfa açar. Geri düğmesi cevaplarınızı göstermez.
safety-page-offline = Bu site, internet olmadan da yeniden çalışması için bu aracın bir kopyasını cihazınızda saklar. Cevaplarınızı asla saklamaz. Ama bu telefonu veya bilgisayarı kontrol eden biri, aracın kullanıldığını görebilir: tarayıcıda saklanan site verileri listesinde veya ana ekrana eklendiyse bir simgeden. Gizli pencerede bu kopya, pencereyi kapattığınızda silinir.
exit-shift-count = { $left ->
    [one] Bu sayfadan çıkmak için Shift tuşuna { $left } kez daha basın.
   *[other] Bu sayfadan çıkmak için Shift tuşuna { $left } kez daha basın.
}
exit-leaving = Bu sayfadan çıkılıyor

## Sayfanın kurulumundaki sorunlar (kişinin dilinde gösterilir; ayrıntılar konsola yazılır)
error-config = Bu sayfa izin verilmeyen bir ayarla kurulmuş, bu yüzden güvenli bir varsayılan ayar kullanılıyor. Sayfa yine de çalışır.

## Ülke soruları
country-other = Başka bir ülke
country-stateless = Hiçbir ülkenin vatandaşı değilim (vatansız)
country-choose = Bir ülke seçin
error-pack = Bu ülkenin kuralları yüklenemedi, bu yüzden genel kurallar gösteriliyor.

## Issue 11: results that fit a phone, who to call, the handout, honest progress
start-length = Yaklaşık 10 ile 15 arası kısa soru var. Çoğu kişi için 5 ile 10 dakika yeterlidir. Söylemek istemediğiniz bir şeyi soran her soruyu geçebilirsiniz.
# $n is the part's number, $total the number of parts (always the same), $name the part's name.
progress-part = Bölüm { $n } / { $total }: { $name }
part-1 = Hakkınızda
part-2 = Planlarınız
part-3 = Belgeleriniz
part-4 = Güvenliğiniz
part-5 = Buradaki ve kendi ülkenizdeki hayatınız
q-countries-host-set = Bu hizmet, { $country } ülkesinde bulunan kişiler içindir.
results-summary = Buradan başlayın
results-who = Kim yardım edebilir
results-why-everyone = Bu seçeneği herkes görür. Bir danışman her soruda yardımcı olabilir.
results-why-general = Anlattığınız durum nedeniyle gösteriliyor.
cite-read = erişim tarihi: { $date }
contact-hours-always = Her gün, gece gündüz açık
contact-languages = Diller: { $list }
results-second-lang = Özette ikinci dil (bir danışman veya bir yetkili için)
results-second-none = Yok
restart-confirm-title = Yeniden başlamak istiyor musunuz?
restart-confirm-text = Bu işlem bu cihazdaki bütün cevapları siler. Cevapları geri getiremezsiniz.
btn-restart-yes = Evet, cevaplarımı sil
btn-restart-no = Hayır, cevaplarımı sakla
handout-title = Seçenekleriniz: yanınıza alabileceğiniz bir özet
handout-made = Hazırlanma tarihi: { $date }. Kuralların tarihi: { $rules } ({ $pack }).
handout-answers = Cevaplarınız
handout-for-counsellor = Kuruluş veya danışman tarafından doldurulacak
handout-organisation = Kuruluş:
handout-counsellor = Danışman:
handout-contact = Telefon veya e-posta:
handout-notes = Notlar:
handout-footer = Bu cihazda hazırlandı. Üzerinde isim veya sizi tanıtan hiçbir bilgi yok.
