## الأسئلة. لكل سؤال: q-<id> هو السؤال، وq-<id>-hint تلميح، وq-<id>-short عنوانه في صفحة
## المراجعة. opt-<fact>-<value> يسمّي كل قيمة لكل معلومة؛ fact-<fact> يسمّي المعلومة في «لماذا».

q-respondent = من يجيب عن هذه الأسئلة؟
q-respondent-hint = الأسئلة موجّهة إلى الشخص الذي تخصّه الإجابات. عند الإجابة نيابةً عن شخص آخر، تكون الإجابة كما كان هذا الشخص سيجيب.
q-respondent-short = من يجيب
opt-respondent-self = أجيب عن نفسي
opt-respondent-counsellor = أقدّم الاستشارة، وأجيب مع شخص أساعده
opt-respondent-helper = أساعد شخصًا قريبًا مني: صديقًا أو صديقة أو أحد أفراد عائلتي
fact-respondent = من يجيب

q-location = أين أنت الآن؟
q-location-short = مكانك الآن
opt-location-host = في البلد الذي كنت أعيش أو أعمل فيه
opt-location-transit = في الطريق، في بلد أمرّ به
opt-location-origin = عدت إلى بلدي
fact-location = مكانك الآن

q-countries = ما هي البلدان؟
q-countries-hint = هذا يساعد على عرض قواعد وخدمات البلد الصحيح.
q-countries-host = البلد الذي أنت فيه الآن
q-countries-origin = بلد جنسيتك
q-countries-short = البلدان
fact-host-country = البلد الذي أنت فيه
fact-origin-country = بلد جنسيتك

q-return-mode = كيف عدت؟
q-return-mode-short = طريقة عودتك
opt-return-mode-own = بنفسي
opt-return-mode-programme = عن طريق برنامج للعودة
opt-return-mode-forced = أُجبرت على المغادرة (تم ترحيلي أو إبعادي)
fact-return-mode = طريقة عودتك

q-remigrate-soon = هل لديك نية للمغادرة مرة أخرى قريبًا؟
q-remigrate-soon-short = المغادرة مرة أخرى قريبًا
opt-remigrate-soon-yes = نعم
opt-remigrate-soon-no = لا
opt-remigrate-soon-unsure = لا أعرف بالتأكيد
fact-remigrate-soon = التفكير في المغادرة مرة أخرى

q-wish = ما رغبتك الآن؟
q-wish-hint = لا توجد إجابة خاطئة. يمكنك تغيير رأيك في أي وقت.
q-wish-short = رغبتك
opt-wish-return = العودة إلى بلدي
opt-wish-stay = البقاء في هذا البلد
opt-wish-elsewhere = الذهاب إلى بلد آخر
opt-wish-unsure = لا أعرف بعد
fact-wish = رغبتك

q-informed = هل لديك المعلومات اللازمة لاتخاذ القرار؟
q-informed-short = معلومات لاتخاذ القرار
opt-informed-yes = نعم
opt-informed-partly = بعضها
opt-informed-no = لا
fact-informed = معلومات لاتخاذ القرار

q-capacity-concern = هل قد يكون من الصعب عليك فهم هذا القرار أو اتخاذه بمفردك؟
q-capacity-concern-hint = مثلًا بسبب العمر، أو مرض، أو صدمة نفسية، أو إعاقة. عندها يمكن ترتيب الدعم.
q-capacity-concern-short = صعوبة اتخاذ القرار بمفردك
opt-capacity-concern-yes = نعم
opt-capacity-concern-no = لا
fact-capacity-concern = صعوبة اتخاذ القرار بمفردك

q-means = هل بإمكانك دفع تكاليف رحلة العودة بنفسك؟
q-means-short = دفع تكاليف الرحلة
opt-means-own = نعم، أستطيع أن أدفعها بنفسي
opt-means-travel-help = أحتاج إلى مساعدة في الرحلة
opt-means-full-help = أحتاج إلى مساعدة في الرحلة وفي البدء من جديد
fact-means = دفع تكاليف الرحلة

q-stay-status = ما وضعك في هذا البلد؟
q-stay-status-hint = يُرجى اختيار الأقرب إلى وضعك.
q-stay-status-short = وضعك هنا
opt-stay-status-valid = لديّ تصريح إقامة أو تأشيرة صالحة
opt-stay-status-expiring = تصريح إقامتي أو تأشيرتي ينتهي قريبًا
opt-stay-status-expired = انتهى تصريح إقامتي أو تأشيرتي
opt-stay-status-irregular-entry = دخلت بدون أوراق
opt-stay-status-refused-entry = رُفض دخولي عند الحدود
opt-stay-status-asylum-pending = طلبت اللجوء وأنتظر الرد
opt-stay-status-asylum-refused = رُفض طلب لجوئي
opt-stay-status-tolerated = ترحيلي معلَّق مؤقتًا (مثل Duldung في ألمانيا)
opt-stay-status-temporary-protection = لديّ حماية مؤقتة (مثلًا، كشخص فرّ من أوكرانيا)
opt-stay-status-contract-ending = عقد عملي ينتهي
opt-stay-status-unknown = لا أعرف
# An option with the local name of a status or paper that the country pack gives (Duldung, OQTF…).
opt-with-local-name = { $option } – { $local }
fact-stay-status = وضعك هنا

q-order-to-leave = هل أُبلغت كتابيًا بأن عليك مغادرة البلد؟
q-order-to-leave-short = طُلب منك المغادرة
opt-order-to-leave-yes = نعم
opt-order-to-leave-no = لا
opt-order-to-leave-unsure = لا أعرف بالتأكيد
fact-order-to-leave = طُلب منك المغادرة

opt-documents-valid = لديّ جواز سفر أو وثيقة سفر صالحة
opt-documents-expired = انتهت صلاحية جواز سفري أو وثيقة سفري
opt-documents-none = ليس لديّ جواز سفر ولا وثيقة سفر
fact-documents = جواز السفر أو وثيقة السفر

opt-social-security-yes = دفعت اشتراكات في الضمان الاجتماعي أو التقاعد هنا
opt-social-security-no = لم أدفع اشتراكات في الضمان الاجتماعي هنا
opt-social-security-unknown = لا أعرف إن كنت دفعت اشتراكات في الضمان الاجتماعي
opt-reentry-risk-yes = قد تمنعني المغادرة من العودة إلى هنا لاحقًا
opt-reentry-risk-no = المغادرة لن تمنعني من العودة إلى هنا
opt-reentry-risk-unknown = لا أعرف إن كنت أستطيع العودة إلى هنا
fact-social-security = الضمان الاجتماعي أو التقاعد
fact-reentry-risk = العودة إلى هنا لاحقًا

q-fear-of-harm = هل لديك خوف من أن يصيبك أذى إذا عدت إلى بلدك؟
q-fear-of-harm-short = الخوف من الأذى في بلدك
opt-fear-of-harm-yes = نعم
opt-fear-of-harm-no = لا
opt-fear-of-harm-unsure = لا أعرف بالتأكيد
fact-fear-of-harm = الخوف من الأذى في بلدك

q-screening = أيّ من هذه ينطبق عليك؟
q-screening-hint = إجاباتك تبقى على هذا الجهاز.
q-screening-short = سلامتك وصحتك
opt-pressure-yes = هناك من يضغط عليّ لأعود
opt-pressure-no = لا أحد يضغط عليّ لأعود
opt-trafficking-signs-yes = هناك من يتحكّم بي، أو يحتفظ بوثائقي، أو يجبرني على العمل لسداد دَين
opt-trafficking-signs-no = لا أحد يتحكّم بي أو يحتفظ بوثائقي
opt-torture-or-abuse-yes = تعرّضت للتعذيب أو الضرب أو لأذى شديد، في بلدي أو في الطريق
opt-torture-or-abuse-no = لم أتعرّض للتعذيب أو لأذى شديد
opt-at-risk-group-yes = قد أكون في خطر في بلدي بسبب ما أنا عليه (مثلًا معتقداتي أو أصلي العرقي أو من أحب)
opt-at-risk-group-no = لست في خطر بسبب ما أنا عليه
opt-crisis-at-origin-yes = توجد الآن حرب أو كارثة أو أزمة في بلدي
opt-crisis-at-origin-no = لا توجد الآن حرب أو أزمة في بلدي
opt-crisis-at-origin-unsure = لا أعرف إن كانت هناك أزمة في بلدي
opt-fled-crisis-yes = غادرت بلدي بسبب حرب أو عنف أو كارثة
opt-fled-crisis-no = لم أغادر بسبب حرب أو كارثة
opt-stranded-yes = علِقت هنا بلا مال ولا مأوى
opt-stranded-no = لم أعلَق هنا بلا مال أو مأوى
opt-health-needs-yes = لديّ مرض خطير أو أحتاج إلى رعاية طبية
opt-health-needs-no = لا أحتاج إلى رعاية طبية
opt-pregnant-yes = أنا حامل
opt-pregnant-no = لست حاملًا
fact-pressure = الضغط عليك للعودة
fact-trafficking-signs = شخص يتحكّم بك
fact-torture-or-abuse = التعذيب أو الأذى الشديد
fact-at-risk-group = الخطر بسبب ما أنت عليه
fact-crisis-at-origin = أزمة في بلدك
fact-fled-crisis = المغادرة بسبب حرب أو كارثة
fact-stranded = بلا مال ولا مأوى
fact-health-needs = الرعاية الطبية
fact-pregnant = الحمل

q-age-band = كم عمرك؟
q-age-band-short = العمر
opt-age-band-under-15 = أقل من 15
opt-age-band-15-17 = من 15 إلى 17
opt-age-band-18-26 = من 18 إلى 26
opt-age-band-27-59 = من 27 إلى 59
opt-age-band-60-plus = 60 أو أكثر
fact-age-band = العمر

q-with-guardian = هل أنت هنا مع أحد والديك أو مع وصيّ (شخص بالغ مسؤول عنك قانونيًا)؟
q-with-guardian-short = مع أحد الوالدين أو مع وصيّ
opt-with-guardian-yes = نعم، مع أحد والديّ أو مع وصيّ قانوني
opt-with-guardian-other-adult = مع شخص بالغ آخر
opt-with-guardian-no = لا، أنا وحدي
fact-with-guardian = مع أحد الوالدين أو مع وصيّ

q-tailor = هل لديك رغبة في الإجابة عن بعض الأسئلة الإضافية عن العودة إلى بلدك؟
q-tailor-hint = تساعد هذه الأسئلة على عرض الدعم للرحلة وللبدء من جديد. يمكنك تخطّيها.
q-tailor-short = أسئلة إضافية عن العودة
opt-tailor-yes = نعم، اسألني المزيد
opt-tailor-no = لا، اعرض نتائجي

q-family-returning = من سيعود معك؟
q-family-returning-short = من سيذهب معك
opt-family-returning-none = لا أحد، سأعود وحدي
opt-family-returning-partner = شريك حياتي
opt-family-returning-children = أطفالي
opt-family-returning-other = أفراد آخرون من عائلتي
fact-family-returning = من سيذهب معك

q-welcome-expected = برأيك، هل سترحّب عائلتك ومجتمعك بعودتك؟
q-welcome-expected-short = الترحيب بك في بلدك
opt-welcome-expected-yes = نعم
opt-welcome-expected-unsure = لا أعرف بالتأكيد
opt-welcome-expected-no = لا
fact-welcome-expected = الترحيب بك في بلدك

q-restart-needs = ما الذي سيساعدك أكثر على البدء من جديد في بلدك؟
q-restart-needs-short = المساعدة على البدء من جديد
opt-restart-needs-job = إيجاد عمل
opt-restart-needs-training = تدريب أو تعلّم مهارة
opt-restart-needs-business = بدء مشروع صغير
opt-restart-needs-credit = قرض أو تمويل
opt-restart-needs-housing = مكان للسكن
opt-restart-needs-health = رعاية صحية
opt-restart-needs-psychosocial = شخص أتحدّث معه عمّا مررت به
opt-restart-needs-school = مدرسة لأطفالي
opt-restart-needs-documents = الحصول على الوثائق
opt-restart-needs-cash = مال للأسابيع الأولى
fact-restart-needs = المساعدة على البدء من جديد

q-future-mobility = هل لديك رغبة في العمل في الخارج مرة أخرى يومًا ما بشكل قانوني؟
q-future-mobility-short = العمل في الخارج مرة أخرى
opt-future-mobility-yes = نعم
opt-future-mobility-no = لا
opt-future-mobility-unsure = لا أعرف بالتأكيد
fact-future-mobility = العمل في الخارج مرة أخرى

q-time-in-host = كم مضى على إقامتك في هذا البلد؟
q-time-in-host-short = المدة في هذا البلد
opt-time-in-host-under-1 = أقل من سنة واحدة
opt-time-in-host-1-2 = من سنة إلى سنتين
opt-time-in-host-2-3 = من 2 إلى 3 سنوات
opt-time-in-host-3-4 = من 3 إلى 4 سنوات
opt-time-in-host-4-6 = من 4 إلى 6 سنوات
opt-time-in-host-6-8 = من 6 إلى 8 سنوات
opt-time-in-host-8-plus = 8 سنوات أو أكثر
fact-time-in-host = المدة في هذا البلد

q-situation = أيّ من هذه ينطبق عليك؟
q-situation-short = وضعك
opt-family-in-host-citizen-or-resident = شريك حياتي أو أحد والديّ يعيش هنا كمواطن أو بتصريح إقامة
opt-family-in-host-child-citizen = طفلي يحمل جنسية هذا البلد
opt-family-in-host-child-born-here = وُلد طفلي هنا
opt-family-in-host-child-in-school = طفلي يذهب إلى المدرسة هنا
opt-in-training-yes = أدرس أو أتدرّب على مهنة هنا
opt-in-training-no = لا أدرس ولا أتدرّب هنا
fact-family-in-host = العائلة هنا
fact-in-training = الدراسة أو التدريب هنا

opt-work-formal = نعم، بعقد
opt-work-informal = نعم، بدون عقد
opt-work-offer = لديّ عرض عمل
opt-work-none = لا
fact-work = العمل هنا

q-virtual-engagement = هل لديك رغبة في مساعدة بلدك من هنا (مثلًا بمهاراتك أو بالتجارة أو بالاستثمار)؟
q-virtual-engagement-short = مساعدة بلدك من هنا
opt-virtual-engagement-yes = نعم
opt-virtual-engagement-no = لا
fact-virtual-engagement = مساعدة بلدك من هنا
