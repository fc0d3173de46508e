## Meksika (mx): src/rules/packs/mx.json dosyasının yolları ve notu.
## Buradaki her yol “sizin için geçerli olabilir”: hiçbiri bir karar değildir. Asla yardım miktarı eklemeyin.

path-mx-refugee-status-title = Meksika'da mülteci statüsü ve tamamlayıcı koruma (COMAR)
path-mx-refugee-status-what = Ülkenizde size zarar verilmesinden korkuyorsanız, Meksika'dan sizi mülteci olarak tanımasını isteyebilirsiniz. Yasa, yaygın şiddetten, silahlı çatışmadan veya ağır insan hakları ihlallerinden kaçan kişileri de korur. Mülteci olarak tanınmazsanız, ama geri dönerseniz hayatınız tehlikede olacaksa veya işkence görebilecekseniz, tamamlayıcı koruma (protección complementaria) alabilirsiniz. Kararı Meksika Mültecilere Yardım Komisyonu (COMAR) verir ve süreç ücretsizdir. Başvurduktan sonra, dosyanız açık olduğu sürece ülkenize geri gönderilemezsiniz. Bu sizin için geçerli olabilir. Bunu bir danışmanla kontrol edin.
path-mx-refugee-status-next = Bir COMAR ofisine veya Ulusal Göç Enstitüsüne (INM) sözlü veya yazılı olarak başvurun. Yasa, Meksika'ya vardıktan veya başvurmanız ilk kez mümkün olduktan sonraki 30 iş günü içinde başvurmanızı ister. Olabildiğince erken başvurun; daha fazla zaman geçtiyse yine de bir hukuk danışmanıyla veya UNHCR (ACNUR) ile görüşün. Beklerken her hafta gidip imza atmanız gerekebilir; bunu kaçırırsanız dosyanız kapatılabilir.

path-regularisation-mx-humanitarian-visitor-title = İnsani nedenlerle ziyaretçi kartı (Tarjeta de Visitante por Razones Humanitarias)
path-regularisation-mx-humanitarian-visitor-what = Meksika insani nedenlerle ziyaretçi kartını şu kişilere verir: Meksika'da işlenen bir suçun, örneğin insan ticaretinin veya şiddetin, mağduru veya tanığı olan kişilere, dava bitene kadar ve çalışma izniyle; anne ve babası ya da vasisi olmadan yolculuk eden çocuklara ve gençlere; mülteci statüsü veya tamamlayıcı koruma için başvurmuş kişilere, cevabı beklerken. Bu sizin için geçerli olabilir. Bunu bir danışmanla kontrol edin.
path-regularisation-mx-humanitarian-visitor-next = Bir hukuk danışmanının veya bir göçmen barınağının (casa del migrante) yardımıyla Ulusal Göç Enstitüsüne (INM) sorun. Bir suçun mağduru olan kişi, suçu savcılığa (Fiscalía) bildirebilir. Bir çocuk, çocuk koruma hizmetlerinden (DIF) yardım isteyebilir.

path-regularisation-mx-family-title = Aileniz yoluyla kalışınızı yasallaştırma (Ley de Migración, madde 133)
path-regularisation-mx-family-what = Eşiniz veya partneriniz Meksika vatandaşıysa ya da Meksika'da oturma hakkı varsa, veya siz bir Meksika vatandaşının ya da Meksika'da oturma hakkı olan birinin annesi, babası veya çocuğuysanız, göç yasası size kalışınızı yasallaştırma hakkı verir. Meksika'da doğan herkes Meksika vatandaşıdır. Bu sizin için geçerli olabilir. Bunu bir danışmanla kontrol edin.
path-regularisation-mx-family-next = Aile bağı yoluyla yasallaştırmayı (regularización por vínculo familiar) Ulusal Göç Enstitüsüne (INM) sorun. Bağı kanıtlayan belgeleri, örneğin doğum veya evlilik belgesini, yanınızda getirin.

path-regularisation-mx-vulnerability-title = İnsani nedenlerle kalışınızı yasallaştırma (Ley de Migración, madde 133)
path-regularisation-mx-vulnerability-what = Durumunuz sizi geri göndermeyi zor veya güvensiz kılıyorsa, yasa kalışınızı yasallaştırma hakkı verir: örneğin yalnız bir çocuk, hamile bir kadın, yaşlı bir kişi, engelli bir kişi veya yerli halktan bir kişi; yolculuğu tehlikeli kılan ağır bir hastalık; ya da şiddet veya bir doğal afet nedeniyle hayatınızın tehlikede olması. Bu sizin için geçerli olabilir. Bunu bir danışmanla kontrol edin.
path-regularisation-mx-vulnerability-next = İnsani nedenlerle yasallaştırmayı (regularización por razones humanitarias) Ulusal Göç Enstitüsüne (INM) sorun. Bir hukuk danışmanı veya bir göçmen barınağı (casa del migrante), durumunuzu örneğin bir sağlık raporuyla göstermenize yardım edebilir.

path-regularisation-mx-expired-document-title = Meksika göç belgenizin süresi dolduktan sonra kalışınızı yasallaştırma
path-regularisation-mx-expired-document-what = Meksika'dan aldığınız bir göç belgeniz (örneğin ziyaretçi veya oturma kartı) varsa ve süresi kısa bir süre önce dolduysa, kalışınızı yasallaştırmak için başvurabilirsiniz: kurallar, süre dolduktan sonra en fazla 60 günden söz eder. Bu sizin için geçerli olabilir. Bunu bir danışmanla kontrol edin.
path-regularisation-mx-expired-document-next = Pasaportunuz ve süresi dolmuş belgenizle birlikte kısa süre içinde Ulusal Göç Enstitüsüne (INM) gidin.

notice-mx-two-kinds-of-assisted-return-title = Meksika'da iki tür “destekli geri dönüş”
notice-mx-two-kinds-of-assisted-return = IOM tarafından yürütülen geri dönüş programı (Retorno Asistido Voluntario) ücretsiz ve gönüllüdür: seçim sizindir. Ulusal Göç Enstitüsü (INM) de “retorno asistido” sözlerini, belgesi olmadığı için tuttuğu kişiler için düzenlediği bir geri gönderme için kullanır. Bir şey imzalamadan önce hangisi olduğunu sorun. Geri dönmekten korkuyorsanız bunu söyleyin: mülteci statüsü isteyebilirsiniz.
