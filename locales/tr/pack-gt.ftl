## Guatemala (gt): src/rules/packs/gt.json dosyasının yolları ve notu.
## Buradaki her yol “sizin için geçerli olabilir”: hiçbiri bir karar değildir. Asla yardım miktarı eklemeyin.

path-gt-refugee-status-title = Guatemala'da mülteci statüsü (CONARE)
path-gt-refugee-status-what = Ülkenizde size zarar verilmesinden korkuyorsanız, Guatemala'dan sizi mülteci olarak tanımasını isteyebilirsiniz. Bunu sözlü veya yazılı olarak isteyebilirsiniz. Bir komisyon, CONARE (Comisión Nacional para Refugiados), durumunuzu inceler ve Ulusal Göç Otoritesi (Autoridad Migratoria Nacional) karar verir. Beklerken geçici bir kalış izni ve özel bir kimlik belgesi alabilirsiniz; çalışma izni de isteyebilirsiniz. Bu sizin için geçerli olabilir. Bunu bir danışmanla kontrol edin.
path-gt-refugee-status-next = Bir sınır kapısında veya Guatemala Göç Enstitüsünde (Instituto Guatemalteco de Migración, IGM) sorun ya da UNHCR (ACNUR) ile görüşüp yardım isteyin. Cevap olumsuz olursa, kararın yeniden incelenmesini istemek (recurso de reposición) için 10 gününüz var.

path-gt-return-home-plan-title = Guatemala'ya döndüğünüzde: Plan Retorno al Hogar
path-gt-return-home-plan-what = Guatemala hükümetinin geri dönen kişiler için bir planı var (Plan Retorno al Hogar). Guatemala Göç Enstitüsünün (IGM) geri dönenleri karşılama merkezinde, isterseniz yiyecek, sağlık hizmeti ve psikolojik destek alabilir, yaşadığınız yere giden otobüse ulaşmak için yardım alabilirsiniz. Geç varırsanız ve uzakta yaşıyorsanız, bir göçmen bakım merkezinde geceyi geçirebilirsiniz. Plana katılmak sizin seçiminizdir: plan sizi iş, eğitim, sağlık hizmeti ve belgeler konusunda yönlendirebilir. Sunduğu hizmetler değişebilir.
path-gt-return-home-plan-next = Hangi hizmetlerden yararlanabileceğinizi karşılama merkezinde veya planın Guatemala şehrindeki kayıt merkezinde (Centro de Atención y Registro) sorun. Yeniden başlamak için destek konusunda IOM (OIM) ile de görüşebilirsiniz.

notice-gt-programmes-change-title = Programlar değişir
notice-gt-programmes-change = Guatemala'da mahsur kalan göçmenlere yönelik yardım, örneğin IOM tarafından sunulan destekli gönüllü geri dönüş, fonlara bağlıdır: başlayabilir, değişebilir veya durabilir. Böyle bir program yalnızca Ekim 2020'ye kadar sürdü. Buna güvenmeden önce Guatemala'daki IOM (OIM) ile görüşün ve bugün neyin mevcut olduğunu sorun.
