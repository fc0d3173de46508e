## Bir sonucun gösterebileceği yollar: path-<id>-title, -what (ne anlama geldiği ve ne sunduğu), -next (sonraki adım).
## Sonra bekletmeler (bir yolun neden yalnızca bilgi için gösterildiği) ve notlar.

path-asylum-referral-title = Sığınma ve uluslararası koruma
path-asylum-referral-what = Ülkenizde size zarar verilmesinden korkuyorsanız, burada koruma hakkınız olabilir. Hayatınızın veya özgürlüğünüzün tehlikede olduğu bir yere geri gönderilemezsiniz.
path-asylum-referral-next = Geri dönmekle ilgili bir karar vermeden önce bir mülteci danışma servisiyle veya UNHCR ile konuşun.

path-trafficking-referral-title = Kontrol edilen veya sömürülen kişiler için yardım
path-trafficking-referral-what = Bize söyledikleriniz insan ticaretinin veya sömürünün bir işareti olabilir: birinin sizi zorla, kandırarak veya borç yüzünden çalıştırması gibi. Güvenliğiniz, güvenli bir kalacak yer, sağlık hizmeti ve hukuki danışmanlık için yardım var.
path-trafficking-referral-next = İnsan ticaretiyle mücadele eden bir servisle veya güvendiğiniz bir danışmanla iletişime geçin. Tehlikedeyseniz acil yardım numarasını arayın.

path-child-protection-title = Çocuklar için koruma
path-child-protection-what = Çocuklar özel olarak korunur. Her kararda önce sizin için en iyi olan şey düşünülmelidir ve bir vasi size yardım etmelidir.
path-child-protection-next = Size ve vasinize yardım etmesi için bir çocuk koruma servisinden veya bir danışmandan yardım isteyin.

path-safety-hold-title = Önce ülkenizdeki güvenlik
path-safety-hold-what = Şu anda ülkenizde bir kriz olabilir. Şu sırada geri dönmek güvenli olmayabilir.
path-safety-hold-next = Karar vermeden önce ülkenizdeki durumu bir danışmanla veya UNHCR ile konuşun.

path-torture-survivor-support-title = İşkence veya şiddet görmüş kişiler için destek
path-torture-survivor-support-what = Uzman servisler, işkence görmüş veya ağır şekilde yaralanmış kişilere tıbbi ve psikolojik bakımla yardım eder.
path-torture-survivor-support-next = Bir danışmandan sizi işkence görmüş kişilere yardım eden bir servise yönlendirmesini isteyin.

path-capacity-assessment-title = Karar vermek için ek destek
path-capacity-assessment-what = Bir kararı tek başına vermek zor olabildiğinde, eğitimli bir kişi seçimin özgürce yapıldığını ve iyi anlaşıldığını, desteğin de hazır olduğunu kontrol eder.
path-capacity-assessment-next = Bir danışman, geri dönüşle ilgili herhangi bir karardan önce bu kontrolü ayarlamalıdır.

path-health-referral-title = Sağlık hizmeti
path-health-referral-what = Sağlık ihtiyaçlarınız önce gelir. Burada tıbbi bakım alma imkânı olabilir ve bir yolculuk için tıbbi yardım gerekebilir.
path-health-referral-next = Bir doktorla veya bir sağlık servisiyle konuşun ve nasıl bir bakıma ihtiyacınız olduğunu danışmanınıza söyleyin.

path-humanitarian-assistance-title = Acil yardım: barınak, yiyecek ve bakım
path-humanitarian-assistance-what = Parasız ve kalacak yersiz kaldıysanız, insani yardım kuruluşları temel ihtiyaçlarınız için yardım edebilir.
path-humanitarian-assistance-next = IOM, Kızılhaç veya Kızılay ya da yerel bir yardım kuruluşu ile iletişime geçin.

path-gender-family-support-title = Size ve ailenize destek
path-gender-family-support-what = Kadınlar, çocuklar ve aileler ek destek alabilir; örneğin sağlık, okul veya güvenli bir kalacak yer için.
path-gender-family-support-next = Ailenizin ihtiyaçlarını danışmanınıza anlatın.

path-older-person-support-title = Yaşlı kişiler için destek
path-older-person-support-what = Yaşlı kişiler sağlık, yolculuk ve gelir konusunda ek yardım alabilir.
path-older-person-support-next = Nasıl bir yardıma ihtiyacınız olduğunu danışmanınıza söyleyin.

path-deadline-urgent-title = Bir son tarihiniz olabilir
path-deadline-urgent-what = Ülkeyi terk etme kararında genellikle bir tarih olur. Bazı haklar ve seçenekler bu tarihten sonra sona erer.
path-deadline-urgent-next = Mektubu en kısa zamanda bir hukuk danışmanına gösterin.

path-legal-advice-title = Burada kalmanızla ilgili hukuki danışmanlık
path-legal-advice-what = Bir hukuk danışmanı durumunuzu inceleyebilir ve haklarınızı açıklayabilir. Çoğu zaman ücretsiz danışmanlık vardır.
path-legal-advice-next = Ücretsiz hukuki yardım veren bir servisle, bir göçmen destek kuruluşuyla veya bir avukatla iletişime geçin.

path-regularisation-title = Yasal olarak kalmanın yolları
path-regularisation-what = Bazı ülkelerde oturma izni almanın yolları vardır; örneğin uzun yıllar sonra, aile, iş veya eğitim için ya da insani nedenlerle. Bunlar ülkeye ve o ülkenin yasalarına bağlıdır.
path-regularisation-next = Bu ülkede kalmanın hangi yolları olduğunu ve bunlardan birinin sizin için geçerli olup olamayacağını bir hukuk danışmanına sorun.

path-avrr-before-deadline-title = Son tarihten önce destekli gönüllü geri dönüş
path-avrr-before-deadline-what = Ülkenize dönmek istiyorsanız, bir destekli gönüllü geri dönüş programı yardım edebilir; çoğu zaman yalnızca ülkeyi terk etme tarihinden önce başvurursanız.
path-avrr-before-deadline-next = Son tarihten önce, en kısa zamanda bir geri dönüş danışmanıyla veya IOM ile görüşün.

path-avrr-title = Destekli gönüllü geri dönüş ve yeniden entegrasyon (AVRR)
path-avrr-what = Örneğin IOM programları, ülkesine dönmeyi seçen kişilere yardım edebilir: bilgi, yolculuk ve yeniden başlamak için destek. Seçim sizindir.
path-avrr-next = Bu ülkedeki program hakkında bir geri dönüş danışmanıyla veya IOM ile görüşün.

path-avr-stranded-title = Yolda mahsur kalan kişiler için destekli geri dönüş
path-avr-stranded-what = İçinden geçtiğiniz bir ülkede mahsur kaldıysanız, IOM ülkenize güvenli ve onurlu bir şekilde dönmenize yardım edebilir.
path-avr-stranded-next = Bu ülkede IOM ile veya bir insani yardım kuruluşu ile iletişime geçin.

path-independent-return-title = Ülkenize kendi imkânlarınızla dönmek
path-independent-return-what = Yolculuğunuzu kendiniz planlayabilirsiniz. Önce neye ihtiyacınız olduğunu kontrol edin: belgeler, izinlerinize ne olacağı ve bir giriş yasağı olup olmadığı.
path-independent-return-next = Yola çıkmadan önce neleri kontrol etmeniz gerektiğini bir danışmana veya konsolosluğunuza sorun.

path-labour-return-title = İş sözleşmesinin sonunda ülkenize dönmek
path-labour-return-what = Bir iş sözleşmesi bittiğinde, işvereniniz veya aracı kurum yolculuğunuza yardım etmek ve size borçlu olduğu parayı ödemek zorunda olabilir.
path-labour-return-next = Sözleşmenizi kontrol edin ve konsolosluğunuza veya bir işçi örgütüne sorun.

path-voluntary-repatriation-title = Mülteciler için gönüllü geri dönüş
path-voluntary-repatriation-what = Sona ermiş bir krizden kaçtıysanız, UNHCR ve IOM, güvenli olduğunda ve özgürce seçtiklerinde mültecilerin ülkelerine dönmesine yardım edebilir.
path-voluntary-repatriation-next = UNHCR ile veya bir mülteci danışma servisiyle konuşun.

path-consular-documents-title = Konsolosluğunuzdan seyahat belgeleri
path-consular-documents-what = Ülkenize dönmek için ülkenizin konsolosluğundan yeni bir pasaport veya acil seyahat belgesi almanız gerekebilir.
path-consular-documents-next = Ülkenizin konsolosluğu veya büyükelçiliği ile iletişime geçin.

path-origin-reception-title = Ülkenize varış
path-origin-reception-what = Ülkenizdeki servisler sizi varışta karşılayabilir ve ilk günlerde yardım edebilir: ulaşım, kalacak yer, sağlık hizmeti.
path-origin-reception-next = Yola çıkmadan önce veya vardığınızda karşılama hizmetlerini sorun.

path-reintegration-support-title = Ülkenizde yeniden başlamak için yardım
path-reintegration-support-what = Yeniden entegrasyon programları size ve çevrenize iş, eğitim, küçük bir iş kurma, sağlık ve danışmanlık konularında yardım edebilir.
path-reintegration-support-next = Yeniden entegrasyon desteği hakkında IOM ile veya ülkenizin göç hizmetleriyle görüşün.

path-virtual-engagement-title = Yurt dışından ülkenize yardım etmek
path-virtual-engagement-what = Geri taşınmadan becerilerinizi paylaşabilir, ticaret yapabilir veya ülkenize yatırım yapabilirsiniz; örneğin diaspora programlarıyla.
path-virtual-engagement-next = Programları konsolosluğunuza veya bir diaspora kuruluşuna sorun.

path-labour-channels-title = Yurt dışında çalışmanın yasal yolları
path-labour-channels-what = Bazı ülkelerin vizeyle çalışma ve eğitim için yasal yolları vardır. Bu yolları kullanmak sizi sömürüye karşı korur.
path-labour-channels-next = Ülkenizin çalışma bakanlığına veya bakanlığın onayladığı bir işe alım kurumuna sorun. Tanımadığınız bir aracıya asla para ödemeyin.

path-free-movement-title = Orta Amerika'da serbest dolaşım
path-free-movement-what = Guatemala, Honduras, El Salvador ve Nikaragua vatandaşları bir kimlik belgesiyle bu ülkeler arasında dolaşabilir (CA-4 anlaşması).
path-free-movement-next = Hangi belgeye ihtiyacınız olduğunu göç idaresine veya konsolosluğunuza sorun.

path-counsellor-title = Bir danışmanla konuşun
path-counsellor-what = Bir danışman her seçeneği sizinle gizlilik içinde gözden geçirebilir ve karar vermenize yardım edebilir. Karar sizindir.
path-counsellor-next = Bir göçmen destek kuruluşu, ücretsiz hukuki yardım veren bir servis, IOM veya UNHCR ile iletişime geçin.

## Bekletmeler: bir yolun neden yalnızca bilgi için gösterildiği.
hold-hold-pressure = birinin size geri dönmeniz için baskı yaptığını söylediniz. Geri dönüş sizin kendi özgür seçiminiz olmalıdır.
hold-hold-child = 18 yaşından küçüksünüz ve yanınızda anneniz, babanız veya vasiniz yok. Bir çocuğun geri dönüşünden önce, çocuk için neyin en iyi olduğuna bakılmalıdır.
hold-hold-crisis = şu anda ülkenizde bir kriz olabilir.
hold-hold-protection = korumaya ihtiyacınız olabilir. Herhangi bir geri dönüşten önce güvenliğinize bakılmalıdır.
hold-hold-trafficking = kontrol ediliyor veya sömürülüyor olabilirsiniz. Önce güvenliğiniz gelir.
hold-hold-capacity = bu kararı tek başına vermek zor olabilir. Önce hangi desteğe ihtiyacınız olduğuna bakılır.
hold-ended = bu yol sona erdi.

## Sonuç sayfasındaki notlar.
notice-return-and-stay-title = Herhangi birine başvurmadan önce bir danışmanla konuşun
notice-return-and-stay = Kalmanın bir yolu ile ülkenize dönüş için yardım birbirini etkileyebilir. Bazı ülkelerde destekli geri dönüşe başvurmak, iş veya eğitim yoluyla kalma yollarını kapatır. Herhangi birine başvurmadan önce bir danışmanla konuşun.
notice-pension-portability-title = Emekliliğiniz ve sosyal güvenliğiniz
notice-pension-portability = Ayrılmadan önce emeklilik veya sosyal güvenlik haklarınızı yanınızda götürüp götüremeyeceğinizi sorun.
notice-reentry-loss-title = Daha sonra geri gelmek
notice-reentry-loss = Ülkeden ayrılmak, geri gelme hakkınızı etkileyebilir; örneğin bir giriş yasağı olabilir. Gitmeden önce bir hukuk danışmanına sorun.
notice-information-first-title = Önce bilgi alın
notice-information-first = İhtiyacınız olan tüm bilgilere sahip olmadığınızı söylediniz. Karar vermeden önce eksiksiz ve açık bilgi alma hakkınız var.
notice-decision-is-theirs-title = Karar kişinin kendisine aittir
notice-decision-is-theirs = Yardım eden biri olarak bilgi ve destek verin, ama kişinin özgürce karar vermesine izin verin.
notice-remigration-safety-title = Yeniden gitmeyi düşünüyorsanız
notice-remigration-safety = Vizesiz ve izinsiz yolculuklar tehlikelidir. Önce yurt dışında çalışmanın veya okumanın yasal yollarını sorun.
rank-return-wish = Geri dönmek istediğinizi söylediniz. Bu, sizin için geçerli olabilecek bir kalma yoludur. Karar vermeden önce haklarınızı bilmeniz için gösteriliyor.
notice-temporary-protection-return = Geçici korumanız var. Geri dönmeye karar vermeden önce neyi koruyacağınızı veya kaybedeceğinizi ve koruma sürerken buraya geri gelip gelemeyeceğinizi sorun. Bazı ülkeler önce kısa bir ziyarete izin verir. Bunu bir danışmanla doğrulayın.
notice-temporary-protection-return-title = Geçici koruma ve geri dönüş
hold-hold-origin-authorities = korumaya ihtiyacınız olabilir. Ülkenizin makamlarıyla (bir konsolosluk, büyükelçilik veya bakanlık) iletişime geçmek sizi veya koruma başvurunuzu tehlikeye atabilir. Önce bir danışmanla konuşun.
