## Germany (de): paths added in November 2026 (victims' rights, § 104c holders, temporary protection).
## The shared words of the German pack are in packs.ftl.

path-regularisation-de-trafficking-victims-title = حقوق الأشخاص الذين يتعرّضون للاستغلال أو للاتجار بالبشر (§ 25 الفقرة 4a، § 59 الفقرة 7)
path-regularisation-de-trafficking-victims-what = إذا كان أحد يستغلّك أو يجبرك على العمل، فلديك حقوق في ألمانيا. عندما ترى السلطات علامات على ذلك، ينبغي أن تحصل على 3 أشهر على الأقل قبل أن يُطلب منك المغادرة: وقت لتتعافى ولتقرّر هل تخبر الشرطة أو المحكمة بما حدث. إذا وافقت على الإدلاء بشهادتك، فقد ينطبق عليك تصريح إقامة، وبعد انتهاء القضية يمكن تمديده لأسباب شخصية أو إنسانية. تأكّد مع مستشار.
path-regularisation-de-trafficking-victims-next = تواصل مع مركز استشارة متخصّص للأشخاص المتضرّرين من الاتجار بالبشر (Fachberatungsstelle gegen Menschenhandel). يمكنه أن يشرح لك حقوقك ويساعدك على اتخاذ القرار، قبل أن تتحدّث إلى الشرطة أو إلى مكتب الأجانب (Ausländerbehörde). لا يلزمك أن تقرّر اليوم.

path-regularisation-de-after-opportunity-residence-title = إذا كان لديك Chancen-Aufenthaltsrecht (§ 104c): قدّم طلب التصريح التالي في الوقت المناسب
path-regularisation-de-after-opportunity-residence-what = يدوم Chancen-Aufenthaltsrecht (§ 104c) مدة 18 شهرًا ولا يمكن تمديده. إذا كان تصريحك هو هذا التصريح، فلا يمكن أن يستمر إلا كتصريح للشباب (§ 25a، إذا قدّمت الطلب قبل أن تبلغ 27 سنة) أو كتصريح لمن استقرّوا في ألمانيا (§ 25b: في العادة 6 سنوات هنا، أو 4 سنوات إذا كنت تعيش مع طفلك الذي عمره أقل من 18 سنة، وقدر من اللغة الألمانية بالمستوى A2، وأن تكسب معظم معيشتك من العمل، إلا إذا منعك من ذلك مرض أو إعاقة أو سنّك). تأكّد مع مستشار.
path-regularisation-de-after-opportunity-residence-next = قدّم طلبك في مكتب الأجانب (Ausländerbehörde) قبل تاريخ الانتهاء المكتوب على بطاقة تصريحك؛ بعض المكاتب تطلب ذلك قبل 4 إلى 6 أسابيع. إذا قدّمت الطلب وتصريحك ما زال ساريًا، يمكنك في العادة أن تبقى وتعمل إلى أن يصدر القرار. اطلب الآن من خدمة استشارة الهجرة (Migrationsberatung) أن تراجع أوراقك.
