## Ülke paketlerinin eklediği yollar ve notlar (src/rules/packs/<cc>.json).
## Her yol için: path-<id>-title, -what (ne olduğu ve ne sunduğu, şartlar sade bir dille), -next (sonraki adım).
## Buradaki her yol “sizin için geçerli olabilir”: hiçbiri bir karar değildir. Asla yardım miktarı eklemeyin.
## Kurumların ve programların adları paketin `names` bölümünden gelir ve olduğu gibi gösterilir.
## Duldung Almanca adıyla kalır; her kartta ilk geçtiği yerde bir kez açıklanır: Duldung (sınır dışı etmenin ertelenmesi).

## Almanya (de)

path-regularisation-de-sustained-integration-title = Almanya'ya iyi uyum sağlamış kişiler için oturma izni (§ 25b)
path-regularisation-de-sustained-integration-what = Duldung (sınır dışı etmenin ertelenmesi) belgeniz varsa ve uzun yıllardır Almanya'da yaşıyorsanız, iyi uyum sağlamış kişiler için bir oturma izni sizin için geçerli olabilir. Genellikle burada 6 yıl yaşamış olmanız (18 yaşından küçük çocuğunuzla yaşıyorsanız 4 yıl), biraz Almanca bilmeniz (A2 seviyesi) ve geçiminizin çoğunu çalışarak kazanmanız gerekir. Bir hastalık, bir engellilik veya yaşınız çalışmanıza engel oluyorsa, çalışma şartı aranmaz. Bunu bir danışmanla kontrol edin.
path-regularisation-de-sustained-integration-next = Yabancılar dairesine (Ausländerbehörde) başvurmadan önce, şartları sizinle birlikte kontrol etmesi için bir göç danışma servisinden (Migrationsberatung) veya bir mülteci konseyinden (Flüchtlingsrat) yardım isteyin.

path-regularisation-de-young-people-title = Almanya'ya iyi uyum sağlamış gençler için oturma izni (§ 25a)
path-regularisation-de-young-people-what = 14 ile 26 yaş arasındaki gençler için, Almanya'da 3 yıl kaldıktan ve en az 12 ay Duldung (sınır dışı etmenin ertelenmesi) ile yaşadıktan sonra bir oturma izni geçerli olabilir. Genellikle burada 3 yıl okula gitmiş olmak veya burada bir okul ya da meslek diploması almış olmak gerekir. 27. doğum gününüzden önce başvurmalısınız. Bunu bir danışmanla kontrol edin.
path-regularisation-de-young-people-next = Bunu sizinle birlikte kontrol etmesi için bir gençlik göç servisinden (Jugendmigrationsdienst) veya bir danışma servisinden yardım isteyin. 27. doğum gününüzden önce başvurun.

path-regularisation-de-training-title = Mesleki eğitim için kalmak (§ 16g, § 60c)
path-regularisation-de-training-what = Tanınmış bir mesleki eğitime (Ausbildung) devam ediyorsanız veya yakında başlayacaksanız, eğitim süresi boyunca bir Duldung (sınır dışı etmenin ertelenmesi) veya oturma izni sizin için geçerli olabilir; eğitime sığınma süreciniz sırasında başlamış olsanız bile. Bazı ülkelerden gelen kişiler bunun dışındadır. Bunu bir danışmanla kontrol edin.
path-regularisation-de-training-next = Yabancılar dairesine (Ausländerbehörde) başvurmak için bir danışma servisinden ve eğitim aldığınız şirketten yardım isteyin. Bunu erkenden yapın ve Almanya'dan ayrılmak için herhangi bir adım atmadan önce yapın.

path-regularisation-de-employment-toleration-title = Çalışan kişiler için Duldung (sınır dışı etmenin ertelenmesi, § 60d)
path-regularisation-de-employment-toleration-what = 2022 sonuna kadar Almanya'ya geldiyseniz, 12 aydır Duldung (sınır dışı etmenin ertelenmesi) belgeniz varsa ve 12 aydır haftada en az 20 saatlik, sosyal sigortalı bir işle geçiminizi sağlıyorsanız, çalışanlar için Duldung (Beschäftigungsduldung) sizin için geçerli olabilir; biraz Almanca (A2 seviyesi) da gerekir. Bu, daha sonra bir oturma iznine dönüşebilir. Bunu bir danışmanla kontrol edin.
path-regularisation-de-employment-toleration-next = Yabancılar dairesine (Ausländerbehörde) başvurmadan önce, iş sözleşmenizi ve maaş bordrolarınızı sizinle birlikte kontrol etmesi için bir danışma servisinden yardım isteyin.

path-regularisation-de-humanitarian-title = Ülkeden ayrılamadığınızda oturma izni (§ 25 Abs. 5)
path-regularisation-de-humanitarian-what = Almanya'dan sizin suçunuz olmayan nedenlerle ayrılamıyorsanız, örneğin uzun süren bir hastalık yüzünden veya seyahat belgesi almanın hiçbir yolu olmadığı için, insani nedenlerle bir oturma izni sizin için geçerli olabilir. Sınır dışı edilmeniz 18 aydır ertelenmişse, bu izin genellikle verilmelidir. Bunu bir danışmanla kontrol edin.
path-regularisation-de-humanitarian-next = Yabancılar dairesine (Ausländerbehörde) başvurmadan önce, nedenlerinizin geçerli sayılıp sayılmadığını bir hukuk danışmanına veya bir mülteci konseyine (Flüchtlingsrat) sorun.

path-regularisation-de-family-title = Aile nedenleriyle oturma izni
path-regularisation-de-family-what = Eşiniz veya partneriniz ya da çocuğunuz Alman vatandaşıysa veya Almanya'da oturma izniyle yaşıyorsa, aile nedenleriyle bir oturma izni sizin için geçerli olabilir. Yasada, 18 yaşından küçük Alman bir çocuğa bakan anne veya baba için özel kurallar vardır. Bunu bir danışmanla kontrol edin.
path-regularisation-de-family-next = Hangi aile kuralının size uyduğunu ve hangi belgelere ihtiyacınız olduğunu bir göç danışma servisine (Migrationsberatung) sorun.

path-regularisation-de-hardship-commission-title = Eyaletinizin zor durum komisyonu (§ 23a)
path-regularisation-de-hardship-commission-what = Her Alman eyaletinin (Land) bir zor durum komisyonu olabilir. Bu komisyon, ülkeyi terk etmesi gereken bir kişiye çok zor kişisel koşulları nedeniyle oturma izni verilmesini isteyebilir. Bu, talep edebileceğiniz bir hak değildir ve genellikle başka hiçbir yol açık olmadığında denenir. Sizin için geçerli olabilir.
path-regularisation-de-hardship-commission-next = Durumunuzu eyaletinizin zor durum komisyonuna (Härtefallkommission) götürüp götürmemeniz gerektiğini bir danışma servisine veya bir mülteci konseyine (Flüchtlingsrat) sorun.

path-regularisation-de-opportunity-residence-title = Chancen-Aufenthaltsrecht (bu yol sona erdi)
path-regularisation-de-opportunity-residence-what = Bu, 31 Ekim 2022'de Almanya'da 5 yıldır Duldung (sınır dışı etmenin ertelenmesi) veya başka bir statüyle yaşayan kişiler için deneme süreli bir oturma izniydi. Yeni başvurular 31 Aralık 2025'te sona erdi. Bu izne zaten sahip olan biri, onu yalnızca gençler için oturma izni (§ 25a) veya iyi uyum sağlamış kişiler için oturma izni (§ 25b) olarak uzatabilir.
path-regularisation-de-opportunity-residence-next = Bu izniniz varsa, § 25a veya § 25b iznine nasıl geçebileceğinizi en kısa zamanda bir danışma servisine sorun. Yoksa, burada gösterilen diğer kalma yollarını sorun.

notice-de-return-application-closes-routes-title = Destekli geri dönüşe başvurmadan önce
notice-de-return-application-closes-routes = Almanya'da devlet destekli geri dönüşe başvurmak, ülkeden ayrılmaya yönelik bir adım sayılabilir. Bu, mesleki eğitim süresince sınır dışı etmenin ertelenmesi (Ausbildungsduldung) yolunu kapatabilir. Herhangi birine başvurmadan önce bir danışmanla konuşun.

## Portekiz (pt)

path-regularisation-pt-parent-of-child-title = Portekiz'de yaşayan bir çocuğun annesi veya babası olarak oturma izni
path-regularisation-pt-parent-of-child-what = 18 yaşından küçük, Portekiz'de yaşayan veya Portekiz vatandaşı olan bir çocuğunuz varsa ve çocuğa bakıyor, ihtiyaçlarını karşılıyorsanız, vizesiz bir oturma izni sizin için geçerli olabilir. Bunu bir danışmanla kontrol edin.
path-regularisation-pt-parent-of-child-next = Belgelerinizi sizinle birlikte kontrol etmesi için bir göçmen destek servisinden veya bir avukattan yardım isteyin, sonra AIMA'ya başvurun.

path-regularisation-pt-grew-up-here-title = Portekiz'de büyümüş kişiler için oturma izni
path-regularisation-pt-grew-up-here-what = Portekiz'de doğduysanız veya 10 yaşından küçükken beri burada yaşıyorsanız, vizesiz bir oturma izni sizin için geçerli olabilir. Burada doğan, burada kalan ve burada okula giden çocuklar da bu izni alabilir, onların anne ve babaları da. Bunu bir danışmanla kontrol edin.
path-regularisation-pt-grew-up-here-next = Portekiz'deki yıllarınızı hangi belgelerin gösterdiğini bir göçmen destek servisine veya bir avukata sorun, sonra AIMA'ya başvurun.

path-regularisation-pt-health-title = Uzun süren bir hastalık nedeniyle oturma izni
path-regularisation-pt-health-what = Uzun süre tıbbi bakım gerektiren ve geri dönmenizi engelleyen bir hastalığınız varsa, vizesiz bir oturma izni sizin için geçerli olabilir. Tıbbi raporlara ihtiyacınız olacak. Bunu bir danışmanla kontrol edin.
path-regularisation-pt-health-next = Doktorunuzdan bir tıbbi rapor isteyin; AIMA'ya başvurmak için de bir göçmen destek servisinden veya bir avukattan yardım isteyin.

path-regularisation-pt-family-title = Aile nedenleriyle oturma izni
path-regularisation-pt-family-what = Yakın bir aile üyeniz Portekiz vatandaşıysa veya Portekiz'de oturma izniyle yaşıyorsa, aile nedenleriyle bir oturma izni sizin için geçerli olabilir. Aile birleşimi kuralları Ekim 2025'te değişti; yeni bekleme süreleri ve bazı istisnalar var. Bunu bir danışmanla kontrol edin.
path-regularisation-pt-family-next = Bugün hangi aile kuralının durumunuza uyduğunu bir göçmen destek servisine veya bir avukata sorun.

path-regularisation-pt-exceptional-title = İnsani nedenlerle istisnai oturma izni (madde 123)
path-regularisation-pt-exceptional-what = İstisnai durumlarda, insani nedenlerle veya kamu yararı için hükümet, olağan şartları karşılamayan bir kişiye oturma izni verebilir. Bu bir hak değildir ve her durum ayrı ayrı karara bağlanır. Sizin için geçerli olabilir.
path-regularisation-pt-exceptional-next = Bunu AIMA'dan istemenin uygun olup olmadığını ve neler göstermeniz gerektiğini bir avukata veya bir göçmen destek kuruluşuna sorun.

path-regularisation-pt-expression-of-interest-title = Manifestação de interesse (bu yol sona erdi)
path-regularisation-pt-expression-of-interest-what = Haziran 2024'e kadar, Portekiz'de oturma vizesi olmadan çalışan kişiler bir “manifestação de interesse” (ilgi beyanı) ile oturma izni isteyebiliyordu. Bu yol 4 Haziran 2024'ten beri yeni başvurulara kapalıdır. Bu tarihten önce yapılan başvurular iptal edilmedi.
path-regularisation-pt-expression-of-interest-next = Haziran 2024'ten önce başvurduysanız, dosyanızı AIMA'ya veya bir avukata sorun. Başvurmadıysanız, burada gösterilen diğer kalma yollarını bir danışmana sorun.

## İspanya (es)

path-regularisation-es-second-chance-title = Arraigo de segunda oportunidad (ikinci bir şans)
path-regularisation-es-second-chance-what = Daha önce İspanya'da oturma izniniz olduysa ve onu yenileyemediyseniz ve şimdi 2 yıldır kesintisiz burada yaşıyorsanız, bu izin sizin için geçerli olabilir. İstisnai durumlar için verilmiş eski izinler sayılmaz. Bunu bir danışmanla kontrol edin.
path-regularisation-es-second-chance-next = Eski izninizi ve 2 yılınızı kontrol etmesi için bir göçmen destek kuruluşundan veya bir yabancılar hukuku avukatından (abogado de extranjería) yardım isteyin, sonra yabancılar dairesine (Oficina de Extranjería) başvurun.

path-regularisation-es-sociolaboral-title = Arraigo sociolaboral (bir iş yoluyla)
path-regularisation-es-sociolaboral-what = 2 yıldır kesintisiz İspanya'da yaşıyorsanız ve imzalı bir iş sözleşmeniz (veya birden fazla) varsa, bu izin sizin için geçerli olabilir; yalnızca sözleşmesiz çalışmak yetmez. Sığınma başvurusu sırasında geçen süre 2 yıla sayılmaz ve açık bir sığınma başvurunuz varken bu izne başvuramazsınız. Bunu bir danışmanla kontrol edin.
path-regularisation-es-sociolaboral-next = Sözleşmeyi ve 2 yılın kanıtını kontrol etmesi için bir göçmen destek kuruluşundan veya bir yabancılar hukuku avukatından yardım isteyin, sonra yabancılar dairesine (Oficina de Extranjería) başvurun.

path-regularisation-es-social-title = Arraigo social (aile veya uyum yoluyla)
path-regularisation-es-social-what = 2 yıldır kesintisiz İspanya'da yaşıyorsanız, İspanya'da yasal olarak yaşayan yakın aileniz varsa ya da belediyenizden veya bölgenizden uyum sağladığınızı gösteren bir rapor aldıysanız ve geçinmek için yeterli imkânınız varsa, bu izin sizin için geçerli olabilir. Sığınma başvurusu sırasında geçen süre 2 yıla sayılmaz. Bunu bir danışmanla kontrol edin.
path-regularisation-es-social-next = Uyum raporunu belediyenize (ayuntamiento) veya bir göçmen destek kuruluşuna sorun; geri kalanını kontrol etmesi için de bir yabancılar hukuku avukatından yardım isteyin.

path-regularisation-es-socioformativo-title = Arraigo socioformativo (eğitim yoluyla)
path-regularisation-es-socioformativo-what = 2 yıldır kesintisiz İspanya'da yaşıyorsanız ve tanınmış bir kursa (örneğin mesleki eğitim veya yetişkin eğitimi) kayıtlıysanız ya da başvurduysanız, bu izin sizin için geçerli olabilir. Bunu bir danışmanla kontrol edin.
path-regularisation-es-socioformativo-next = Hangi kursların sayıldığını bir göçmen destek kuruluşuna sorun, sonra yabancılar dairesine (Oficina de Extranjería) başvurun.

path-regularisation-es-spanish-family-title = İspanya vatandaşlarının aile üyeleri için oturma izni
path-regularisation-es-spanish-family-what = Eşiniz veya partneriniz ya da çocuğunuz İspanya vatandaşıysa, İspanya vatandaşlarının aile üyeleri için bir oturma izni sizin için geçerli olabilir. 18 yaşından küçük, İspanya vatandaşı bir çocuğun annesi veya babası da buna dahildir. Aile üyenizin oturma izni varsa ama İspanya vatandaşı değilse, bu yol sizin için değildir; burada gösterilen diğer yolları sorun. Bunu bir danışmanla kontrol edin.
path-regularisation-es-spanish-family-next = Aile bağını hangi belgelerin gösterdiğini bir göçmen destek kuruluşuna veya bir yabancılar hukuku avukatına sorun, sonra yabancılar dairesine (Oficina de Extranjería) başvurun.

path-regularisation-es-family-roots-title = Arraigo familiar (başka bir AB ülkesinin vatandaşı olan bir çocuğun annesi veya babası)
path-regularisation-es-family-roots-what = İspanya'da yaşayan ve başka bir AB ülkesinin ya da Norveç, İzlanda, Lihtenştayn veya İsviçre'nin vatandaşı olan 18 yaşından küçük bir çocuğun annesi, babası veya vasisiyseniz, İspanya'da belli bir süre kalmış olma şartı olmadan bu izin sizin için geçerli olabilir. Böyle bir vatandaşa engelliliği nedeniyle destek oluyorsanız da geçerli olabilir. Açık bir sığınma başvurunuz varken bu izne başvuramazsınız. Bunu bir danışmanla kontrol edin.
path-regularisation-es-family-roots-next = Belgeleri kontrol etmesi için bir göçmen destek kuruluşundan veya bir yabancılar hukuku avukatından yardım isteyin, sonra yabancılar dairesine (Oficina de Extranjería) başvurun.

path-regularisation-es-humanitarian-title = İnsani nedenlerle oturma izni
path-regularisation-es-humanitarian-what = İspanya'da başlamış ve ülkenizde alamayacağınız bir tedavi gerektiren ciddi bir hastalığınız varsa, bir mahkeme sizi kesin olarak belirli suçların mağduru olarak tanıdıysa veya İçişleri Bakanlığı bir sığınma başvurusundan sonra insani nedenlerle kalmanıza izin verdiyse, insani nedenlerle bir oturma izni sizin için geçerli olabilir. Bunu bir danışmanla kontrol edin.
path-regularisation-es-humanitarian-next = Hangi belgelere ihtiyacınız olduğunu, örneğin sağlık servisinden bir tıbbi rapor, bir hukuk danışmanına veya bir mülteci kuruluşuna sorun.

path-regularisation-es-statelessness-title = Vatansız kişi olarak tanınma
path-regularisation-es-statelessness-what = Hiçbir ülke sizi vatandaşı olarak kabul etmiyorsa, Oficina de Asilo y Refugio'dan sizi vatansız olarak tanımasını isteyebilirsiniz. Tanınmak size İspanya'da kalma hakkı verebilir. Bunu bir danışmanla kontrol edin.
path-regularisation-es-statelessness-next = Oficina de Asilo y Refugio'ya yapacağınız başvuruyu hazırlamak için bir mülteci kuruluşundan veya bir avukattan yardım isteyin.

notice-es-return-no-return-commitment-title = Destekli geri dönüşe kaydolmadan önce
notice-es-return-no-return-commitment = Bir geri dönüş programı, bir süre İspanya'ya geri gelmeyeceğinize dair bir taahhüt imzalamanızı isteyebilir. Bu taahhüt geçerliyken arraigo izni alamazsınız. Karar vermeden önce neyi imzalayacağınızı danışmana sorun.
