## Sorular. Her biri için: q-<id> soru, q-<id>-hint bir ipucu, q-<id>-short kontrol sayfasındaki
## adı. opt-<fact>-<value> her bilginin her değerini adlandırır; fact-<fact> bilgiyi “neden” bölümünde adlandırır.

q-respondent = Bu soruları kim cevaplıyor?
q-respondent-hint = Sorular, cevapların ilgili olduğu kişiye hitap eder. Başka biri için cevaplıyorsanız, o kişinin vereceği cevapları verin.
q-respondent-short = Kim cevaplıyor
opt-respondent-self = Kendim için cevaplıyorum
opt-respondent-counsellor = Danışmanım ve danışmanlık verdiğim bir kişiyle birlikte cevaplıyorum
opt-respondent-helper = Bir arkadaşıma veya aile üyeme yardım ediyorum
fact-respondent = Kim cevaplıyor

q-location = Şu anda neredesiniz?
q-location-short = Şu anda nerede olduğunuz
opt-location-host = Yaşadığım veya çalıştığım ülkede
opt-location-transit = Yoldayım, içinden geçtiğim bir ülkedeyim
opt-location-origin = Kendi ülkeme geri döndüm
fact-location = Şu anda nerede olduğunuz

q-countries = Hangi ülkeler?
q-countries-hint = Böylece doğru ülkenin kuralları ve hizmetleri gösterilebilir.
q-countries-host = Şu anda bulunduğunuz ülke
q-countries-origin = Vatandaşı olduğunuz ülke
q-countries-short = Ülkeler
fact-host-country = Bulunduğunuz ülke
fact-origin-country = Vatandaşı olduğunuz ülke

q-return-mode = Nasıl geri döndünüz?
q-return-mode-short = Nasıl geri döndüğünüz
opt-return-mode-own = Kendi imkânlarımla
opt-return-mode-programme = Bir geri dönüş programıyla
opt-return-mode-forced = Gitmeye zorlandım (sınır dışı edildim)
fact-return-mode = Nasıl geri döndüğünüz

q-remigrate-soon = Yakında yeniden gitmeyi düşünüyor musunuz?
q-remigrate-soon-short = Yakında yeniden gitmek
opt-remigrate-soon-yes = Evet
opt-remigrate-soon-no = Hayır
opt-remigrate-soon-unsure = Emin değilim
fact-remigrate-soon = Yeniden gitmeyi düşünmek

q-wish = Ne yapmak istersiniz?
q-wish-hint = Yanlış cevap yoktur. Fikrinizi istediğiniz zaman değiştirebilirsiniz.
q-wish-short = Ne yapmak istediğiniz
opt-wish-return = Ülkeme geri dönmek
opt-wish-stay = Bu ülkede kalmak
opt-wish-elsewhere = Başka bir ülkeye gitmek
opt-wish-unsure = Henüz bilmiyorum
fact-wish = Ne yapmak istediğiniz

q-informed = Karar vermek için gereken bilgilere sahip misiniz?
q-informed-short = Karar için bilgi
opt-informed-yes = Evet
opt-informed-partly = Bir kısmına
opt-informed-no = Hayır
fact-informed = Karar için bilgi

q-capacity-concern = Bu kararı anlamak veya tek başınıza vermek sizin için zor olabilir mi?
q-capacity-concern-hint = Örneğin yaş, bir hastalık, travma veya engellilik nedeniyle. Öyleyse destek sağlanabilir.
q-capacity-concern-short = Tek başına karar vermek zor
opt-capacity-concern-yes = Evet
opt-capacity-concern-no = Hayır
fact-capacity-concern = Tek başına karar vermek zor

q-means = Ülkenize dönüş yolculuğunu kendiniz ödeyebilir misiniz?
q-means-short = Yolculuğun parası
opt-means-own = Evet, kendim ödeyebilirim
opt-means-travel-help = Yolculuk için yardıma ihtiyacım var
opt-means-full-help = Yolculuk ve yeniden başlamak için yardıma ihtiyacım var
fact-means = Yolculuğun parası

q-stay-status = Bu ülkedeki durumunuz nedir?
q-stay-status-hint = Durumunuza en yakın olanı seçin.
q-stay-status-short = Buradaki durumunuz
opt-stay-status-valid = Geçerli bir oturma iznim veya vizem var
opt-stay-status-expiring = Oturma iznim veya vizem yakında bitiyor
opt-stay-status-expired = Oturma iznimin veya vizemin süresi bitti
opt-stay-status-irregular-entry = Ülkeye belgesiz girdim
opt-stay-status-refused-entry = Sınırda ülkeye girişim reddedildi
opt-stay-status-asylum-pending = Sığınma başvurusu yaptım ve cevap bekliyorum
opt-stay-status-asylum-refused = Sığınma başvurum reddedildi
opt-stay-status-tolerated = Sınır dışı edilmem ertelendi (örneğin Almanya'da Duldung)
opt-stay-status-contract-ending = İş sözleşmem bitiyor
opt-stay-status-unknown = Bilmiyorum
fact-stay-status = Buradaki durumunuz

q-order-to-leave = Ülkeyi terk etmeniz gerektiği size yazılı olarak bildirildi mi?
q-order-to-leave-short = Ülkeyi terk etme kararı
opt-order-to-leave-yes = Evet
opt-order-to-leave-no = Hayır
opt-order-to-leave-unsure = Emin değilim
fact-order-to-leave = Ülkeyi terk etme kararı

opt-documents-valid = Geçerli bir pasaportum veya seyahat belgem var
opt-documents-expired = Pasaportumun veya seyahat belgemin süresi doldu
opt-documents-none = Pasaportum veya seyahat belgem yok
fact-documents = Pasaport veya seyahat belgesi

opt-social-security-yes = Burada sosyal güvenliğe veya emeklilik sigortasına prim ödedim
opt-social-security-no = Burada sosyal güvenliğe prim ödemedim
opt-social-security-unknown = Sosyal güvenliğe prim ödeyip ödemediğimi bilmiyorum
opt-reentry-risk-yes = Gidersem, daha sonra buraya geri gelmem engellenebilir
opt-reentry-risk-no = Gitmem, daha sonra geri gelmeme engel olmaz
opt-reentry-risk-unknown = Geri gelip gelemeyeceğimi bilmiyorum
fact-social-security = Sosyal güvenlik veya emeklilik
fact-reentry-risk = Daha sonra geri gelmek

q-fear-of-harm = Ülkenize dönerseniz size zarar verilebileceğinden korkuyor musunuz?
q-fear-of-harm-short = Ülkenizde zarar görme korkusu
opt-fear-of-harm-yes = Evet
opt-fear-of-harm-no = Hayır
opt-fear-of-harm-unsure = Emin değilim
fact-fear-of-harm = Ülkenizde zarar görme korkusu

q-screening = Bunlardan hangileri size uyuyor?
q-screening-hint = Cevaplarınız bu cihazda kalır.
q-screening-short = Güvenliğiniz ve sağlığınız
opt-pressure-yes = Biri bana geri dönmem için baskı yapıyor
opt-pressure-no = Kimse bana geri dönmem için baskı yapmıyor
opt-trafficking-signs-yes = Biri beni kontrol ediyor, belgelerimi elinde tutuyor veya bir borcu ödemem için beni çalıştırıyor
opt-trafficking-signs-no = Kimse beni kontrol etmiyor veya belgelerimi elinde tutmuyor
opt-torture-or-abuse-yes = Ülkemde veya yolda işkence gördüm, dövüldüm veya ağır şekilde yaralandım
opt-torture-or-abuse-no = İşkence görmedim veya ağır şekilde yaralanmadım
opt-at-risk-group-yes = Kim olduğum için ülkemde tehlikede olabilirim (örneğin inancım, etnik kökenim veya kimi sevdiğim yüzünden)
opt-at-risk-group-no = Kim olduğum için tehlikede değilim
opt-crisis-at-origin-yes = Şu anda ülkemde savaş, afet veya kriz var
opt-crisis-at-origin-no = Şu anda ülkemde savaş veya kriz yok
opt-crisis-at-origin-unsure = Ülkemde kriz olup olmadığını bilmiyorum
opt-fled-crisis-yes = Ülkemden savaş, şiddet veya afet yüzünden ayrıldım
opt-fled-crisis-no = Savaş veya afet yüzünden ayrılmadım
opt-stranded-yes = Burada parasız ve kalacak yersiz mahsur kaldım
opt-stranded-no = Burada parasız ve kalacak yersiz mahsur kalmadım
opt-health-needs-yes = Ciddi bir hastalığım var veya tıbbi bakıma ihtiyacım var
opt-health-needs-no = Tıbbi bakıma ihtiyacım yok
opt-pregnant-yes = Hamileyim
opt-pregnant-no = Hamile değilim
fact-pressure = Geri dönmeniz için baskı
fact-trafficking-signs = Biri tarafından kontrol edilmek
fact-torture-or-abuse = İşkence veya ağır yaralanma
fact-at-risk-group = Kim olduğunuz için tehlike
fact-crisis-at-origin = Ülkenizde kriz
fact-fled-crisis = Savaş veya afet yüzünden ayrılmak
fact-stranded = Parasız ve kalacak yersiz mahsur kalmak
fact-health-needs = Tıbbi bakım
fact-pregnant = Hamilelik

q-age-band = Kaç yaşındasınız?
q-age-band-short = Yaş
opt-age-band-under-15 = 15 yaşından küçük
opt-age-band-15-17 = 15 ile 17 arası
opt-age-band-18-26 = 18 ile 26 arası
opt-age-band-27-59 = 27 ile 59 arası
opt-age-band-60-plus = 60 veya daha büyük
fact-age-band = Yaş

q-with-guardian = Burada anneniz, babanız veya vasinizle birlikte misiniz?
q-with-guardian-short = Anne, baba veya vasiyle birlikte
opt-with-guardian-yes = Evet, annem, babam veya yasal vasimle
opt-with-guardian-other-adult = Başka bir yetişkinle
opt-with-guardian-no = Hayır, yalnızım
fact-with-guardian = Anne, baba veya vasiyle birlikte

q-tailor = Ülkenize dönüş hakkında birkaç soru daha cevaplamak ister misiniz?
q-tailor-hint = Bu sorular, yolculuk ve yeniden başlamak için desteği göstermeye yardım eder. Bunları atlayabilirsiniz.
q-tailor-short = Dönüş hakkında daha fazla soru
opt-tailor-yes = Evet, daha fazla soru sorun
opt-tailor-no = Hayır, sonuçlarımı gösterin

q-family-returning = Sizinle birlikte kim geri dönerdi?
q-family-returning-short = Sizinle kim giderdi
opt-family-returning-none = Hiç kimse, yalnız giderdim
opt-family-returning-partner = Eşim veya partnerim
opt-family-returning-children = Çocuklarım
opt-family-returning-other = Diğer aile üyeleri
fact-family-returning = Sizinle kim giderdi

q-welcome-expected = Ailenizin ve çevrenizin sizi iyi karşılayacağını düşünüyor musunuz?
q-welcome-expected-short = Ülkenizde iyi karşılanmak
opt-welcome-expected-yes = Evet
opt-welcome-expected-unsure = Emin değilim
opt-welcome-expected-no = Hayır
fact-welcome-expected = Ülkenizde iyi karşılanmak

q-restart-needs = Ülkenizde yeniden başlamak için size en çok ne yardım eder?
q-restart-needs-short = Yeniden başlamak için yardım
opt-restart-needs-job = İş bulmak
opt-restart-needs-training = Eğitim almak veya bir beceri öğrenmek
opt-restart-needs-business = Küçük bir iş kurmak
opt-restart-needs-credit = Kredi veya borç para
opt-restart-needs-housing = Kalacak bir yer
opt-restart-needs-health = Sağlık hizmeti
opt-restart-needs-psychosocial = Yaşadıklarım hakkında konuşabileceğim biri
opt-restart-needs-school = Çocuklarım için okul
opt-restart-needs-documents = Belge almak
opt-restart-needs-cash = İlk haftalar için para
fact-restart-needs = Yeniden başlamak için yardım

q-future-mobility = Bir gün yeniden yasal yollarla yurt dışında çalışabilmek ister misiniz?
q-future-mobility-short = Yeniden yurt dışında çalışmak
opt-future-mobility-yes = Evet
opt-future-mobility-no = Hayır
opt-future-mobility-unsure = Emin değilim
fact-future-mobility = Yeniden yurt dışında çalışmak

q-time-in-host = Ne zamandır bu ülkede yaşıyorsunuz?
q-time-in-host-short = Bu ülkedeki süre
opt-time-in-host-under-1 = 1 yıldan az
opt-time-in-host-1-2 = 1 ile 2 yıl arası
opt-time-in-host-2-3 = 2 ile 3 yıl arası
opt-time-in-host-3-4 = 3 ile 4 yıl arası
opt-time-in-host-4-6 = 4 ile 6 yıl arası
opt-time-in-host-6-8 = 6 ile 8 yıl arası
opt-time-in-host-8-plus = 8 yıl veya daha fazla
fact-time-in-host = Bu ülkedeki süre

opt-family-in-host-citizen-or-resident = Eşim, partnerim, annem veya babam burada vatandaş olarak ya da oturma izniyle yaşıyor
opt-family-in-host-child-citizen = Çocuğum bu ülkenin vatandaşı
opt-family-in-host-child-born-here = Çocuğum burada doğdu
opt-family-in-host-child-in-school = Çocuğum burada okula gidiyor
opt-in-training-yes = Burada okuyorum veya bir meslek için eğitim alıyorum
opt-in-training-no = Burada okumuyorum ve eğitim almıyorum
fact-family-in-host = Buradaki aile
fact-in-training = Burada okumak veya eğitim almak

opt-work-formal = Burada sözleşmeyle çalışıyorum
opt-work-informal = Burada sözleşmesiz çalışıyorum
opt-work-offer = Burada bir iş teklifim var
opt-work-none = Burada çalışmıyorum
fact-work = Buradaki iş

q-virtual-engagement = Buradan ülkenize yardım etmek ister misiniz (örneğin becerilerinizle, ticaretle veya yatırımla)?
q-virtual-engagement-short = Buradan ülkenize yardım etmek
opt-virtual-engagement-yes = Evet
opt-virtual-engagement-no = Hayır
fact-virtual-engagement = Buradan ülkenize yardım etmek
q-situation = Bunlardan hangileri size uyuyor?
q-situation-short = Durumunuz
opt-with-local-name = { $option } – { $local }
opt-stay-status-temporary-protection = Geçici korumam var (örneğin Ukrayna'dan kaçmış biri olarak)
