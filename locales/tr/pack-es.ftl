## İspanya (es): Kasım 2026'da eklenen yollar (mağdurların hakları, geçici koruma).
## İspanya paketinin ortak metinleri packs.ftl dosyasındadır.

path-regularisation-es-trafficking-victims-title = İnsan ticareti mağdurlarının hakları (LOEX, madde 59 bis)
path-regularisation-es-trafficking-victims-what = Biri sizi sömürüyorsa veya çalışmaya zorluyorsa, İspanya'da haklarınız var. Makamlar insan ticareti mağduru olduğunuza dair işaretler gördüğünde, iyileşmek ve düşünmek için bir süre alabilirsiniz (período de restablecimiento y reflexión) ve bu süre içinde sınır dışı edilmezsiniz. Bu sürenin ardından, soruşturmaya yardım ettiğiniz için veya kişisel durumunuz nedeniyle bir oturma ve çalışma izni sizin için geçerli olabilir; isterseniz ülkenize geri dönüş için yardım almak da mümkündür. Bunu bir danışmanla kontrol edin.
path-regularisation-es-trafficking-victims-next = Polisle veya yabancılar dairesiyle (Oficina de Extranjería) konuşmadan önce, bu süreyi ve izni size açıklaması için insan ticareti mağdurlarına destek veren uzman bir kuruluştan yardım isteyin. Bugün karar vermek zorunda değilsiniz.

path-regularisation-es-temporary-protection-title = Geçici koruma (protección temporal) ve sonrasında neler gelebilir
path-regularisation-es-temporary-protection-what = İspanya'da geçici koruma size bir oturma ve çalışma izni ile sağlık hizmeti ve çocuklar için okul gibi yardımlar sağlar. AB'nin geçici koruması sürdükçe geçerlidir; bu koruma şu anda 4 Mart 2027'ye kadar sürüyor. İspanya şimdiye kadar kartları her yıl yeni bir başvuru istemeden uzattı. AB korumayı yeniden uzatabilir veya sona erdirebilir. Koruma bitmeden önce başka bir izne, örneğin çalışma iznine geçmeniz mümkün olabilir. Bunu bir danışmanla kontrol edin.
path-regularisation-es-temporary-protection-next = Sizinkinden sonra hangi iznin gelebileceğini bir mülteci veya göçmen destek kuruluşuna ya da bir yabancılar hukuku avukatına (abogado de extranjería) sorun ve korumanız bitmeden önce başvurun.
