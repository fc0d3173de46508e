## المسارات والملاحظات التي تضيفها حزم البلدان (src/rules/packs/<cc>.json).
## لكل مسار: path-<id>-title، و-what (ما هو وما يقدّمه، والشروط بكلمات بسيطة)، و-next (الخطوة التالية).
## كل مسار هنا «قد ينطبق»: لا شيء منها قرار. لا تُضَف أبدًا مبالغ المنح.
## أسماء الجهات والبرامج تأتي من `names` في الحزمة وتُعرض كما هي.

## ألمانيا (de)

path-regularisation-de-sustained-integration-title = تصريح إقامة لمن استقرّوا في ألمانيا (§ 25b)
path-regularisation-de-sustained-integration-what = إذا كانت لديك Duldung (تعليق الترحيل) وعشت في ألمانيا سنوات طويلة، فقد ينطبق عليك تصريح لمن استقرّوا فيها. في العادة تحتاج إلى 6 سنوات هنا (4 سنوات إذا كنت تعيش مع طفلك الذي عمره أقل من 18 سنة)، وإلى قدر من اللغة الألمانية (المستوى A2)، وأن تكسب معظم معيشتك من العمل. تأكّد مع مستشار.
path-regularisation-de-sustained-integration-next = اطلب من خدمة استشارة الهجرة (Migrationsberatung) أو من مجلس اللاجئين (Flüchtlingsrat) أن يتحقّق معك من الشروط قبل أن تقدّم طلبك في مكتب الأجانب (Ausländerbehörde).

path-regularisation-de-young-people-title = تصريح إقامة للشباب المستقرّين في ألمانيا (§ 25a)
path-regularisation-de-young-people-what = قد يحصل الشباب من عمر 14 إلى 26 سنة على تصريح إقامة بعد 3 سنوات في ألمانيا و12 شهرًا على الأقل مع Duldung (تعليق الترحيل)، وفي العادة بعد 3 سنوات من الدراسة في مدرسة هنا، أو مع شهادة مدرسية أو مهنية من هنا. يجب أن تقدّم طلبك قبل أن تبلغ 27 سنة. تأكّد مع مستشار.
path-regularisation-de-young-people-next = اطلب من خدمة هجرة الشباب (Jugendmigrationsdienst) أو من خدمة استشارة أن تتحقّق من هذا معك. قدّم طلبك قبل أن تبلغ 27 سنة.

path-regularisation-de-training-title = البقاء من أجل التدريب المهني (§ 16g, § 60c)
path-regularisation-de-training-what = إذا كنت تتدرّب تدريبًا مهنيًا معترفًا به (Ausbildung)، أو ستبدأه قريبًا، فقد تنطبق عليك Duldung (تعليق الترحيل) أو تصريح إقامة طوال مدة التدريب، حتى إذا بدأت التدريب أثناء إجراءات اللجوء. الأشخاص من بعض البلدان مستثنون. تأكّد مع مستشار.
path-regularisation-de-training-next = اطلب من خدمة استشارة ومن الشركة التي تتدرّب فيها أن يساعداك على تقديم الطلب في مكتب الأجانب (Ausländerbehörde). افعل ذلك مبكرًا، وقبل أن تتّخذ أي خطوة نحو مغادرة ألمانيا.

path-regularisation-de-employment-toleration-title = Duldung للأشخاص الذين يعملون (§ 60d)
path-regularisation-de-employment-toleration-what = إذا جئت إلى ألمانيا حتى نهاية عام 2022، وكانت لديك Duldung (تعليق الترحيل) منذ 12 شهرًا، وعشت طوال 12 شهرًا من عمل مشمول بالتأمين الاجتماعي لا يقلّ عن 20 ساعة في الأسبوع، فقد تنطبق عليك Duldung للعمل؛ وتحتاج أيضًا إلى قدر من اللغة الألمانية (المستوى A2). ويمكن أن تؤدّي لاحقًا إلى تصريح إقامة. تأكّد مع مستشار.
path-regularisation-de-employment-toleration-next = اطلب من خدمة استشارة أن تراجع معك عقد عملك وقسائم أجرك قبل أن تقدّم طلبك في مكتب الأجانب (Ausländerbehörde).

path-regularisation-de-humanitarian-title = تصريح إقامة عندما لا تستطيع المغادرة (§ 25 الفقرة 5)
path-regularisation-de-humanitarian-what = إذا كنت لا تستطيع مغادرة ألمانيا لأسباب ليست خطأك، مثلًا مرض طويل أو عدم وجود طريقة للحصول على وثائق سفر، فقد ينطبق عليك تصريح إقامة لأسباب إنسانية. في العادة يجب أن يُمنح عندما يكون ترحيلك معلّقًا منذ 18 شهرًا. تأكّد مع مستشار.
path-regularisation-de-humanitarian-next = اسأل مستشارًا قانونيًا أو مجلس اللاجئين (Flüchtlingsrat) هل تُقبل أسبابك، قبل أن تقدّم طلبك في مكتب الأجانب (Ausländerbehörde).

path-regularisation-de-family-title = تصريح إقامة لأسباب عائلية
path-regularisation-de-family-what = إذا كان زوجك أو زوجتك أو شريك حياتك، أو طفلك، يحمل الجنسية الألمانية أو يعيش في ألمانيا بتصريح إقامة، فقد ينطبق عليك تصريح إقامة لأسباب عائلية. في القانون قواعد خاصة للأب أو الأم الذي يرعى طفلًا ألمانيًا عمره أقل من 18 سنة. تأكّد مع مستشار.
path-regularisation-de-family-next = اسأل خدمة استشارة الهجرة (Migrationsberatung) أي قاعدة عائلية تناسبك، وما الأوراق التي تحتاجها.

path-regularisation-de-hardship-commission-title = لجنة الحالات الصعبة في ولايتك (§ 23a)
path-regularisation-de-hardship-commission-what = يمكن أن تكون لكل ولاية ألمانية (Land) لجنة للحالات الصعبة، ويمكن لهذه اللجنة أن تطلب منح تصريح إقامة لشخص يجب عليه المغادرة بسبب ظروف شخصية صعبة جدًا. هذا ليس حقًا يمكنك المطالبة به، وفي العادة يُجرَّب عندما لا يكون هناك طريق آخر مفتوح. قد ينطبق هذا عليك.
path-regularisation-de-hardship-commission-next = اسأل خدمة استشارة أو مجلس اللاجئين (Flüchtlingsrat) هل تعرض قضيتك على لجنة الحالات الصعبة (Härtefallkommission) في ولايتك.

path-regularisation-de-opportunity-residence-title = Chancen-Aufenthaltsrecht (هذا المسار انتهى)
path-regularisation-de-opportunity-residence-what = كان هذا تصريح إقامة على سبيل التجربة لمن كانوا، في 31 أكتوبر 2022، قد عاشوا في ألمانيا 5 سنوات ولديهم Duldung (تعليق الترحيل) أو وضع آخر. انتهى تقديم الطلبات الجديدة في 31 ديسمبر 2025. من يحمل هذا التصريح لا يستطيع تمديده إلا كتصريح للشباب (§ 25a) أو لمن استقرّوا في ألمانيا (§ 25b).
path-regularisation-de-opportunity-residence-next = إذا كنت تحمل هذا التصريح، فاسأل خدمة استشارة قريبًا كيف تنتقل إلى تصريح § 25a أو § 25b. وإن لم تكن تحمله، فاسأل عن طرق البقاء الأخرى المعروضة هنا.

notice-de-return-application-closes-routes-title = قبل أن تطلب العودة المدعومة
notice-de-return-application-closes-routes = في ألمانيا، قد يُعتبر طلب العودة التي تموّلها الدولة خطوة نحو المغادرة. وقد يُغلق ذلك الطريق أمام Duldung للتدريب (Ausbildungsduldung). تحدّث مع مستشار قبل أن تقدّم أيًّا من الطلبين.

## البرتغال (pt)

path-regularisation-pt-parent-of-child-title = تصريح إقامة لأحد والدَي طفل يعيش في البرتغال
path-regularisation-pt-parent-of-child-what = إذا كان لديك طفل عمره أقل من 18 سنة يعيش في البرتغال أو يحمل الجنسية البرتغالية، وكنت ترعاه وتدفع تكاليف احتياجاته، فقد ينطبق عليك تصريح إقامة بدون تأشيرة. تأكّد مع مستشار.
path-regularisation-pt-parent-of-child-next = اطلب من خدمة لدعم المهاجرين أو من محامٍ أن يراجع أوراقك معك، ثم قدّم طلبك إلى AIMA.

path-regularisation-pt-grew-up-here-title = تصريح إقامة لمن نشأوا في البرتغال
path-regularisation-pt-grew-up-here-what = إذا وُلدت في البرتغال، أو تعيش فيها منذ ما قبل أن تبلغ 10 سنوات، فقد ينطبق عليك تصريح إقامة بدون تأشيرة. الأطفال الذين وُلدوا هنا وبقوا فيها ويذهبون إلى المدرسة هنا قد يحصلون أيضًا على تصريح، وكذلك آباؤهم وأمهاتهم. تأكّد مع مستشار.
path-regularisation-pt-grew-up-here-next = اسأل خدمة لدعم المهاجرين أو محاميًا عن الأوراق التي تُثبت سنواتك في البرتغال، ثم قدّم طلبك إلى AIMA.

path-regularisation-pt-health-title = تصريح إقامة بسبب مرض طويل
path-regularisation-pt-health-what = إذا كان لديك مرض يحتاج إلى رعاية طبية طويلة ويمنعك من العودة، فقد ينطبق عليك تصريح إقامة بدون تأشيرة. ستحتاج إلى تقارير طبية. تأكّد مع مستشار.
path-regularisation-pt-health-next = اطلب من طبيبك تقريرًا طبيًا، واطلب من خدمة لدعم المهاجرين أو من محامٍ أن يساعدك على تقديم الطلب إلى AIMA.

path-regularisation-pt-family-title = تصريح إقامة لأسباب عائلية
path-regularisation-pt-family-what = إذا كان أحد أفراد عائلتك المقرّبين يحمل الجنسية البرتغالية أو يعيش في البرتغال بتصريح إقامة، فقد ينطبق عليك تصريح إقامة لأسباب عائلية. تغيّرت قواعد لمّ شمل العائلة في أكتوبر 2025، مع مدد انتظار جديدة وبعض الاستثناءات. تأكّد مع مستشار.
path-regularisation-pt-family-next = اسأل خدمة لدعم المهاجرين أو محاميًا أي قاعدة عائلية تناسب حالتك اليوم.

path-regularisation-pt-exceptional-title = تصريح استثنائي لأسباب إنسانية (المادة 123)
path-regularisation-pt-exceptional-what = في حالات استثنائية، لأسباب إنسانية أو للمصلحة العامة، يمكن للحكومة أن تمنح تصريح إقامة لشخص لا تنطبق عليه الشروط المعتادة. هذا ليس حقًا، وكل حالة يُقرَّر فيها على حدة. قد ينطبق هذا عليك.
path-regularisation-pt-exceptional-next = اسأل محاميًا أو منظمة لدعم المهاجرين هل تطلب هذا من AIMA، وما الذي يجب أن تقدّمه.

path-regularisation-pt-expression-of-interest-title = Manifestação de interesse (هذا المسار انتهى)
path-regularisation-pt-expression-of-interest-what = حتى يونيو 2024، كان يمكن لمن عملوا في البرتغال بدون تأشيرة إقامة أن يطلبوا تصريح إقامة عن طريق «manifestação de interesse». هذا الطريق مغلق أمام الطلبات الجديدة منذ 4 يونيو 2024. الطلبات التي قُدّمت قبل ذلك لم تُلغَ.
path-regularisation-pt-expression-of-interest-next = إذا قدّمت طلبك قبل يونيو 2024، فاسأل AIMA أو محاميًا عن ملفك. وإلا، فاسأل مستشارًا عن طرق البقاء الأخرى المعروضة هنا.

## إسبانيا (es)

path-regularisation-es-second-chance-title = Arraigo de segunda oportunidad (فرصة ثانية)
path-regularisation-es-second-chance-what = إذا كان لديك من قبل تصريح إقامة في إسبانيا ولم تستطع تجديده، وعشت الآن هنا سنتين متتاليتين، فقد ينطبق عليك هذا التصريح. التصاريح السابقة التي أُعطيت لظروف استثنائية لا تُحسب. تأكّد مع مستشار.
path-regularisation-es-second-chance-next = اطلب من منظمة لدعم المهاجرين أو من محامٍ مختص بالهجرة (abogado de extranjería) أن يراجع تصريحك القديم وسنتيك، ثم قدّم طلبك في مكتب الهجرة (Oficina de Extranjería).

path-regularisation-es-sociolaboral-title = Arraigo sociolaboral (عن طريق عمل)
path-regularisation-es-sociolaboral-what = إذا عشت في إسبانيا سنتين متتاليتين، ولديك عقد عمل موقَّع (أو أكثر من عقد)، فقد ينطبق عليك هذا التصريح؛ العمل غير الرسمي وحده لا يكفي. المدة التي قضيتها في طلب اللجوء لا تُحسب من السنتين، ولا يمكنك تقديم الطلب ما دام لديك طلب لجوء مفتوح. تأكّد مع مستشار.
path-regularisation-es-sociolaboral-next = اطلب من منظمة لدعم المهاجرين أو من محامٍ مختص بالهجرة أن يراجع العقد وما يُثبت سنتيك، ثم قدّم طلبك في مكتب الهجرة (Oficina de Extranjería).

path-regularisation-es-social-title = Arraigo social (عن طريق العائلة أو الاندماج)
path-regularisation-es-social-what = إذا عشت في إسبانيا سنتين متتاليتين، فقد ينطبق عليك هذا التصريح عندما يكون لديك أفراد عائلة مقرّبون يعيشون في إسبانيا بشكل قانوني، أو تقرير من بلديتك أو منطقتك يُثبت اندماجك، ويكون لديك ما يكفي لتعيش. المدة التي قضيتها في طلب اللجوء لا تُحسب من السنتين. تأكّد مع مستشار.
path-regularisation-es-social-next = اسأل البلدية (ayuntamiento) أو منظمة لدعم المهاجرين عن تقرير الاندماج، واطلب من محامٍ مختص بالهجرة أن يراجع الباقي.

path-regularisation-es-socioformativo-title = Arraigo socioformativo (عن طريق التدريب)
path-regularisation-es-socioformativo-what = إذا عشت في إسبانيا سنتين متتاليتين، وسجّلت في دورة معترف بها أو قدّمت طلبًا للتسجيل فيها (مثلًا تدريب مهني أو تعليم الكبار)، فقد ينطبق عليك هذا التصريح. تأكّد مع مستشار.
path-regularisation-es-socioformativo-next = اسأل منظمة لدعم المهاجرين عن الدورات التي تُحسب، ثم قدّم طلبك في مكتب الهجرة (Oficina de Extranjería).

path-regularisation-es-spanish-family-title = تصريح إقامة لأفراد عائلات المواطنين الإسبان
path-regularisation-es-spanish-family-what = إذا كان زوجك أو زوجتك أو شريك حياتك، أو طفلك، يحمل الجنسية الإسبانية، فقد ينطبق عليك تصريح إقامة لأفراد عائلات المواطنين الإسبان. ويشمل ذلك الأب أو الأم لطفل إسباني عمره أقل من 18 سنة. تأكّد مع مستشار.
path-regularisation-es-spanish-family-next = اسأل منظمة لدعم المهاجرين أو محاميًا مختصًا بالهجرة عن الأوراق التي تُثبت صلة القرابة، ثم قدّم طلبك في مكتب الهجرة (Oficina de Extranjería).

path-regularisation-es-family-roots-title = Arraigo familiar (أحد والدَي طفل من بلد آخر في الاتحاد الأوروبي)
path-regularisation-es-family-roots-what = إذا كنت الأب أو الأم أو وليّ الأمر لطفل عمره أقل من 18 سنة يعيش في إسبانيا ويحمل جنسية بلد آخر في الاتحاد الأوروبي، أو جنسية النرويج أو أيسلندا أو ليختنشتاين أو سويسرا، فقد ينطبق عليك هذا التصريح دون حدّ أدنى من المدة في إسبانيا؛ ويمكن أن ينطبق أيضًا إذا كنت تعيل مواطنًا كهذا لديه إعاقة. لا يمكنك تقديم الطلب ما دام لديك طلب لجوء مفتوح. تأكّد مع مستشار.
path-regularisation-es-family-roots-next = اطلب من منظمة لدعم المهاجرين أو من محامٍ مختص بالهجرة أن يراجع الأوراق، ثم قدّم طلبك في مكتب الهجرة (Oficina de Extranjería).

path-regularisation-es-humanitarian-title = تصريح إقامة لأسباب إنسانية
path-regularisation-es-humanitarian-what = قد ينطبق عليك تصريح إقامة لأسباب إنسانية إذا كان لديك مرض خطير بدأ في إسبانيا ويحتاج إلى رعاية لا تستطيع الحصول عليها في بلدك، أو إذا اعترفت بك محكمة بحكم نهائي ضحيةً لبعض الجرائم، أو إذا سمحت لك وزارة الداخلية بالبقاء لأسباب إنسانية بعد طلب لجوء. تأكّد مع مستشار.
path-regularisation-es-humanitarian-next = اسأل مستشارًا قانونيًا أو منظمة للاجئين عن الأوراق التي تحتاجها، مثلًا تقرير طبي من الخدمة الصحية.

path-regularisation-es-statelessness-title = الاعتراف بك كشخص بدون جنسية
path-regularisation-es-statelessness-what = إذا لم يعاملك أي بلد كمواطن فيه، يمكنك أن تطلب من مكتب اللجوء واللاجئين (Oficina de Asilo y Refugio) أن يعترف بك كشخص بدون جنسية. قد يعطيك الاعتراف الحق في البقاء في إسبانيا. تأكّد مع مستشار.
path-regularisation-es-statelessness-next = اطلب من منظمة للاجئين أو من محامٍ أن يساعدك على إعداد الطلب إلى مكتب اللجوء واللاجئين (Oficina de Asilo y Refugio).

notice-es-return-no-return-commitment-title = قبل أن تسجّل في العودة المدعومة
notice-es-return-no-return-commitment = قد يطلب منك برنامج العودة أن توقّع تعهّدًا بألّا تعود إلى إسبانيا لفترة من الزمن. ما دام هذا التعهّد ساريًا، لا يمكنك الحصول على تصريح arraigo. اسأل المستشار عمّا ستوقّع عليه قبل أن تقرّر.
