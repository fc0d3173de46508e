## Spain (es): paths added in November 2026 (victims' rights, temporary protection).
## The shared words of the Spanish pack are in packs.ftl.

path-regularisation-es-trafficking-victims-title = حقوق ضحايا الاتجار بالبشر (LOEX، المادة 59 مكرّر)
path-regularisation-es-trafficking-victims-what = إذا كان أحد يستغلّك أو يجبرك على العمل، فلديك حقوق في إسبانيا. عندما ترى السلطات علامات على أنك ضحية اتجار بالبشر، يمكن أن تحصل على فترة للتعافي والتفكير (período de restablecimiento y reflexión)، ولا يتم ترحيلك خلالها. بعدها قد ينطبق عليك تصريح إقامة وعمل، بسبب مساعدتك في التحقيق أو بسبب وضعك الشخصي؛ ويمكن أيضًا أن تحصل على مساعدة للعودة إلى بلدك إذا اخترت ذلك. تأكّد مع مستشار.
path-regularisation-es-trafficking-victims-next = اطلب من منظمة متخصّصة في دعم ضحايا الاتجار بالبشر أن تشرح لك هذه الفترة والتصريح، قبل أن تتحدّث إلى الشرطة أو إلى مكتب الهجرة (Oficina de Extranjería). لا يلزمك أن تقرّر اليوم.

path-regularisation-es-temporary-protection-title = الحماية المؤقتة (protección temporal) وما قد يأتي بعدها
path-regularisation-es-temporary-protection-what = تمنحك الحماية المؤقتة في إسبانيا تصريح إقامة وعمل، ومساعدة مثل الرعاية الصحية والمدرسة للأطفال. تستمر ما دامت الحماية المؤقتة للاتحاد الأوروبي قائمة، وهي الآن حتى 4 مارس 2027؛ وحتى الآن مدّدت إسبانيا صلاحية البطاقات كل سنة دون طلب جديد. قد يمدّد الاتحاد الأوروبي الحماية مرة أخرى، أو قد ينهيها. قبل أن تنتهي، قد تتمكّن من التحويل إلى تصريح آخر، مثلًا للعمل. تأكّد مع مستشار.
path-regularisation-es-temporary-protection-next = اسأل منظمة لدعم اللاجئين أو المهاجرين، أو محاميًا مختصًا بالهجرة (abogado de extranjería)، عن التصريح الذي يمكن أن يأتي بعد تصريحك، وقدّم طلبك قبل أن تنتهي حمايتك.
