## سؤال‌ها. برای هر سؤال: q-<id> خود سؤال است، q-<id>-hint یک راهنمایی، و q-<id>-short عنوان آن در
## صفحهٔ بررسی. opt-<fact>-<value> نام هر مقدار هر موضوع است؛ fact-<fact> نام موضوع در بخش «چرا».

q-respondent = چه کسی به این سؤال‌ها جواب می‌دهد؟
q-respondent-hint = سؤال‌ها خطاب به کسی است که این جواب‌ها دربارهٔ اوست. اگر به‌جای کس دیگری جواب می‌دهید، همان‌طور جواب بدهید که آن شخص جواب می‌داد.
q-respondent-short = چه کسی جواب می‌دهد
opt-respondent-self = برای خودم جواب می‌دهم
opt-respondent-counsellor = مشاور هستم و همراه یک مراجعه‌کننده جواب می‌دهم
opt-respondent-helper = به یک دوست یا یکی از اعضای خانواده‌ام کمک می‌کنم
fact-respondent = چه کسی جواب می‌دهد

q-location = حالا کجا هستید؟
q-location-short = جایی که حالا هستید
opt-location-host = در کشوری که در آن زندگی یا کار می‌کردم
opt-location-transit = در راه، در کشوری که از آن عبور می‌کنم
opt-location-origin = دوباره در کشور خودم
fact-location = جایی که حالا هستید

q-countries = کدام کشورها؟
q-countries-hint = این کمک می‌کند قوانین و خدمات کشور درست نشان داده شود.
q-countries-host = کشوری که حالا در آن هستید
q-countries-origin = کشوری که تابعیت آن را دارید
q-countries-short = کشورها
fact-host-country = کشوری که در آن هستید
fact-origin-country = کشوری که تابعیت آن را دارید

q-return-mode = چگونه برگشتید؟
q-return-mode-short = چگونگی برگشتن شما
opt-return-mode-own = خودم
opt-return-mode-programme = با یک برنامهٔ بازگشت
opt-return-mode-forced = مجبور به ترک کشور شدم (اخراج یا دیپورت شدم)
fact-return-mode = چگونگی برگشتن شما

q-remigrate-soon = آیا به این فکر می‌کنید که به‌زودی دوباره بروید؟
q-remigrate-soon-short = دوباره رفتن به‌زودی
opt-remigrate-soon-yes = بله
opt-remigrate-soon-no = نه
opt-remigrate-soon-unsure = مطمئن نیستم
fact-remigrate-soon = فکر دوباره رفتن

q-wish = دوست دارید چه کار کنید؟
q-wish-hint = جواب غلط وجود ندارد. هر وقت بخواهید، می‌توانید نظرتان را عوض کنید.
q-wish-short = کاری که دوست دارید بکنید
opt-wish-return = برگشتن به کشورم
opt-wish-stay = ماندن در این کشور
opt-wish-elsewhere = رفتن به کشوری دیگر
opt-wish-unsure = هنوز نمی‌دانم
fact-wish = کاری که دوست دارید بکنید

q-informed = آیا اطلاعاتی را که برای تصمیم‌گیری لازم دارید، در اختیار دارید؟
q-informed-short = اطلاعات برای تصمیم‌گیری
opt-informed-yes = بله
opt-informed-partly = بخشی از آن را
opt-informed-no = نه
fact-informed = اطلاعات برای تصمیم‌گیری

q-capacity-concern = آیا ممکن است فهمیدن این تصمیم یا گرفتن آن به‌تنهایی برای شما سخت باشد؟
q-capacity-concern-hint = برای مثال به دلیل سن، بیماری، آسیب روحی (تروما) یا معلولیت. اگر چنین است، می‌شود برایتان پشتیبانی فراهم کرد.
q-capacity-concern-short = سختی تصمیم‌گیری به‌تنهایی
opt-capacity-concern-yes = بله
opt-capacity-concern-no = نه
fact-capacity-concern = سختی تصمیم‌گیری به‌تنهایی

q-means = آیا می‌توانید هزینهٔ سفر برگشت را خودتان بپردازید؟
q-means-short = پرداخت هزینهٔ سفر
opt-means-own = بله، خودم می‌توانم آن را بپردازم
opt-means-travel-help = برای سفر به کمک نیاز دارم
opt-means-full-help = برای سفر و برای شروع دوباره به کمک نیاز دارم
fact-means = پرداخت هزینهٔ سفر

q-stay-status = وضعیت شما در این کشور چیست؟
q-stay-status-hint = گزینه‌ای را انتخاب کنید که به وضعیت شما نزدیک‌تر است.
q-stay-status-short = وضعیت شما در اینجا
opt-stay-status-valid = اجازهٔ اقامت یا ویزای معتبر دارم
opt-stay-status-expiring = اجازهٔ اقامت یا ویزایم به‌زودی تمام می‌شود
opt-stay-status-expired = اجازهٔ اقامت یا ویزایم تمام شده است
opt-stay-status-irregular-entry = بدون مدرک وارد شدم
opt-stay-status-refused-entry = در مرز به من اجازهٔ ورود ندادند
opt-stay-status-asylum-pending = درخواست پناهندگی داده‌ام و منتظر جواب هستم
opt-stay-status-asylum-refused = درخواست پناهندگی‌ام رد شد
opt-stay-status-tolerated = اخراج من موقتاً متوقف شده است (مثلاً Duldung در آلمان)
opt-stay-status-temporary-protection = حمایت موقت دارم (برای مثال، به‌عنوان کسی که از اوکراین فرار کرده است)
opt-stay-status-contract-ending = قرارداد کارم دارد تمام می‌شود
opt-stay-status-unknown = نمی‌دانم
# An option with the local name of a status or paper that the country pack gives (Duldung, OQTF…).
opt-with-local-name = { $option } – { $local }
fact-stay-status = وضعیت شما در اینجا

q-order-to-leave = آیا به شما به‌طور کتبی گفته‌اند که باید کشور را ترک کنید؟
q-order-to-leave-short = دستور ترک کشور
opt-order-to-leave-yes = بله
opt-order-to-leave-no = نه
opt-order-to-leave-unsure = مطمئن نیستم
fact-order-to-leave = دستور ترک کشور

opt-documents-valid = پاسپورت یا سند سفر معتبر دارم
opt-documents-expired = اعتبار پاسپورت یا سند سفرم تمام شده است
opt-documents-none = پاسپورت یا سند سفر ندارم
fact-documents = پاسپورت یا سند سفر

opt-social-security-yes = اینجا حق بیمهٔ اجتماعی یا بازنشستگی (تقاعد) پرداخته‌ام
opt-social-security-no = اینجا حق بیمهٔ اجتماعی نپرداخته‌ام
opt-social-security-unknown = نمی‌دانم که حق بیمهٔ اجتماعی پرداخته‌ام یا نه
opt-reentry-risk-yes = رفتن ممکن است جلوی برگشتن من به اینجا را در آینده بگیرد
opt-reentry-risk-no = رفتن جلوی برگشتن من به اینجا را نمی‌گیرد
opt-reentry-risk-unknown = نمی‌دانم که می‌توانم دوباره به اینجا برگردم یا نه
fact-social-security = بیمهٔ اجتماعی یا بازنشستگی (تقاعد)
fact-reentry-risk = برگشتن به اینجا در آینده

q-fear-of-harm = آیا می‌ترسید که اگر به کشورتان برگردید، به شما آسیب برسد؟
q-fear-of-harm-short = ترس از آسیب در کشور خود
opt-fear-of-harm-yes = بله
opt-fear-of-harm-no = نه
opt-fear-of-harm-unsure = مطمئن نیستم
fact-fear-of-harm = ترس از آسیب در کشور خود

q-screening = کدام‌یک از این‌ها دربارهٔ شما درست است؟
q-screening-hint = جواب‌های شما روی همین دستگاه می‌ماند.
q-screening-short = امنیت و سلامت شما
opt-pressure-yes = کسی به من فشار می‌آورد که برگردم
opt-pressure-no = هیچ‌کس به من فشار نمی‌آورد که برگردم
opt-trafficking-signs-yes = کسی مرا کنترل می‌کند، مدارکم را نگه می‌دارد یا مجبورم می‌کند برای پرداخت قرض کار کنم
opt-trafficking-signs-no = هیچ‌کس مرا کنترل نمی‌کند و مدارکم را نگه نمی‌دارد
opt-torture-or-abuse-yes = در کشورم یا در راه، شکنجه شدم، کتک خوردم یا آسیب سختی دیدم
opt-torture-or-abuse-no = شکنجه نشدم و آسیب سختی ندیدم
opt-at-risk-group-yes = ممکن است در کشورم به خاطر اینکه چه کسی هستم در خطر باشم (برای مثال به خاطر عقایدم، قومیتم یا کسی که دوستش دارم)
opt-at-risk-group-no = به خاطر اینکه چه کسی هستم در خطر نیستم
opt-crisis-at-origin-yes = حالا در کشورم جنگ، فاجعه یا بحران است
opt-crisis-at-origin-no = حالا در کشورم جنگ یا بحرانی نیست
opt-crisis-at-origin-unsure = نمی‌دانم که حالا در کشورم بحرانی هست یا نه
opt-fled-crisis-yes = به خاطر جنگ، خشونت یا فاجعه کشورم را ترک کردم
opt-fled-crisis-no = به خاطر جنگ یا فاجعه کشورم را ترک نکردم
opt-stranded-yes = اینجا بدون پول و سرپناه گیر افتاده‌ام
opt-stranded-no = بدون پول و سرپناه گیر نیفتاده‌ام
opt-health-needs-yes = بیماری جدی دارم یا به مراقبت پزشکی نیاز دارم
opt-health-needs-no = به مراقبت پزشکی نیاز ندارم
opt-pregnant-yes = باردار هستم
opt-pregnant-no = باردار نیستم
fact-pressure = فشار برای برگشتن
fact-trafficking-signs = کنترل شدن توسط کسی
fact-torture-or-abuse = شکنجه یا آسیب سخت
fact-at-risk-group = خطر به خاطر اینکه چه کسی هستید
fact-crisis-at-origin = بحران در کشور شما
fact-fled-crisis = ترک کشور به خاطر جنگ یا فاجعه
fact-stranded = گیر افتادن بدون پول و سرپناه
fact-health-needs = مراقبت پزشکی
fact-pregnant = بارداری

q-age-band = چند سال دارید؟
q-age-band-short = سن
opt-age-band-under-15 = کمتر از ۱۵ سال
opt-age-band-15-17 = ۱۵ تا ۱۷ سال
opt-age-band-18-26 = ۱۸ تا ۲۶ سال
opt-age-band-27-59 = ۲۷ تا ۵۹ سال
opt-age-band-60-plus = ۶۰ سال یا بیشتر
fact-age-band = سن

q-with-guardian = آیا اینجا با پدر یا مادر یا سرپرست خود هستید؟
q-with-guardian-short = با پدر، مادر یا سرپرست
opt-with-guardian-yes = بله، با پدر یا مادر یا سرپرست قانونی‌ام
opt-with-guardian-other-adult = با یک بزرگسال دیگر
opt-with-guardian-no = نه، تنها هستم
fact-with-guardian = با پدر، مادر یا سرپرست

q-tailor = آیا می‌خواهید به چند سؤال دیگر دربارهٔ برگشتن به کشورتان جواب بدهید؟
q-tailor-hint = این سؤال‌ها کمک می‌کنند پشتیبانی برای سفر و برای شروع دوباره نشان داده شود. می‌توانید از آن‌ها بگذرید.
q-tailor-short = سؤال‌های بیشتر دربارهٔ برگشتن
opt-tailor-yes = بله، بیشتر بپرسید
opt-tailor-no = نه، نتیجه‌هایم را نشان دهید

q-family-returning = چه کسی با شما برمی‌گردد؟
q-family-returning-short = چه کسی با شما می‌آید
opt-family-returning-none = هیچ‌کس، تنها می‌روم
opt-family-returning-partner = همسرم یا شریک زندگی‌ام
opt-family-returning-children = فرزندانم
opt-family-returning-other = دیگر اعضای خانواده‌ام
fact-family-returning = چه کسی با شما می‌آید

q-welcome-expected = فکر می‌کنید خانواده و جامعهٔ شما از برگشتن‌تان استقبال کنند؟
q-welcome-expected-short = استقبال در کشور خود
opt-welcome-expected-yes = بله
opt-welcome-expected-unsure = مطمئن نیستم
opt-welcome-expected-no = نه
fact-welcome-expected = استقبال در کشور خود

q-restart-needs = چه چیزی بیشتر از همه به شما کمک می‌کند تا در کشورتان دوباره شروع کنید؟
q-restart-needs-short = کمک برای شروع دوباره
opt-restart-needs-job = پیدا کردن کار
opt-restart-needs-training = آموزش یا یاد گرفتن یک مهارت
opt-restart-needs-business = راه انداختن یک کسب‌وکار کوچک
opt-restart-needs-credit = وام یا قرضه
opt-restart-needs-housing = جایی برای زندگی
opt-restart-needs-health = مراقبت‌های درمانی
opt-restart-needs-psychosocial = کسی که بتوانم با او دربارهٔ آنچه از سر گذرانده‌ام حرف بزنم
opt-restart-needs-school = مدرسه برای فرزندانم
opt-restart-needs-documents = گرفتن مدارک
opt-restart-needs-cash = پول برای هفته‌های اول
fact-restart-needs = کمک برای شروع دوباره

q-future-mobility = آیا دوست دارید روزی دوباره بتوانید به‌طور قانونی در خارج کار کنید؟
q-future-mobility-short = کار دوباره در خارج
opt-future-mobility-yes = بله
opt-future-mobility-no = نه
opt-future-mobility-unsure = مطمئن نیستم
fact-future-mobility = کار دوباره در خارج

q-time-in-host = چه مدت است که در این کشور زندگی می‌کنید؟
q-time-in-host-short = مدت زندگی در این کشور
opt-time-in-host-under-1 = کمتر از ۱ سال
opt-time-in-host-1-2 = ۱ تا ۲ سال
opt-time-in-host-2-3 = ۲ تا ۳ سال
opt-time-in-host-3-4 = ۳ تا ۴ سال
opt-time-in-host-4-6 = ۴ تا ۶ سال
opt-time-in-host-6-8 = ۶ تا ۸ سال
opt-time-in-host-8-plus = ۸ سال یا بیشتر
fact-time-in-host = مدت زندگی در این کشور

q-situation = کدام‌یک از این‌ها دربارهٔ شما درست است؟
q-situation-short = وضعیت شما
opt-family-in-host-citizen-or-resident = همسرم یا شریک زندگی‌ام، یا پدر یا مادرم، به‌عنوان شهروند یا با اجازهٔ اقامت اینجا زندگی می‌کند
opt-family-in-host-child-citizen = فرزندم شهروند این کشور است
opt-family-in-host-child-born-here = فرزندم اینجا به دنیا آمده است
opt-family-in-host-child-in-school = فرزندم اینجا به مدرسه می‌رود
opt-in-training-yes = اینجا درس می‌خوانم یا برای یک شغل آموزش می‌بینم
opt-in-training-no = اینجا نه درس می‌خوانم و نه آموزش می‌بینم
fact-family-in-host = خانواده در اینجا
fact-in-training = درس یا آموزش در اینجا

opt-work-formal = اینجا با قرارداد کار می‌کنم
opt-work-informal = اینجا بدون قرارداد کار می‌کنم
opt-work-offer = اینجا پیشنهاد کار دارم
opt-work-none = اینجا کار نمی‌کنم
fact-work = کار در اینجا

q-virtual-engagement = آیا دوست دارید از همین‌جا به کشورتان کمک کنید (برای مثال با مهارت‌ها، تجارت یا سرمایه‌گذاری)؟
q-virtual-engagement-short = کمک به کشورتان از اینجا
opt-virtual-engagement-yes = بله
opt-virtual-engagement-no = نه
fact-virtual-engagement = کمک به کشورتان از اینجا
