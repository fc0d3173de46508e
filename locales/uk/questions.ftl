## Запитання. Для кожного: q-<id> — запитання, q-<id>-hint — підказка, q-<id>-short — його підпис на
## сторінці перевірки. opt-<fact>-<value> називає кожне значення кожного факту; fact-<fact> називає факт у «чому».

q-respondent = Хто відповідає на ці запитання?
q-respondent-hint = Запитання звернені до людини, про яку ці відповіді. Якщо ви відповідаєте за іншу людину, відповідайте так, як відповіла б вона сама.
q-respondent-short = Хто відповідає
opt-respondent-self = Я відповідаю за себе
opt-respondent-counsellor = Я консультант і відповідаю разом із клієнтом
opt-respondent-helper = Я допомагаю знайомій людині або членові родини
fact-respondent = Хто відповідає

q-location = Де ви зараз?
q-location-short = Де ви зараз
opt-location-host = У країні, де я живу або працюю
opt-location-transit = У дорозі, в країні, через яку я проїжджаю
opt-location-origin = Знову у своїй країні
fact-location = Де ви зараз

q-countries = Які країни?
q-countries-hint = Це допомагає показати правила та служби потрібної країни.
q-countries-host = Країна, в якій ви зараз перебуваєте
q-countries-origin = Країна вашого громадянства
q-countries-short = Країни
fact-host-country = Країна, в якій ви перебуваєте
fact-origin-country = Країна вашого громадянства

q-return-mode = Як ви повернулися?
q-return-mode-short = Як ви повернулися
opt-return-mode-own = Самостійно
opt-return-mode-programme = За програмою повернення
opt-return-mode-forced = Мене змусили виїхати (депортували або видворили)
fact-return-mode = Як ви повернулися

q-remigrate-soon = Ви думаєте про те, щоб незабаром знову виїхати?
q-remigrate-soon-short = Незабаром знову виїхати
opt-remigrate-soon-yes = Так
opt-remigrate-soon-no = Ні
opt-remigrate-soon-unsure = Не знаю напевно
fact-remigrate-soon = Думаєте знову виїхати

q-wish = Що б ви хотіли зробити?
q-wish-hint = Неправильної відповіді немає. Ви можете передумати будь-коли.
q-wish-short = Що ви хотіли б зробити
opt-wish-return = Повернутися до своєї країни
opt-wish-stay = Залишитися в цій країні
opt-wish-elsewhere = Поїхати до іншої країни
opt-wish-unsure = Я ще не знаю
fact-wish = Що ви хотіли б зробити

q-informed = Чи є у вас інформація, потрібна, щоб ухвалити рішення?
q-informed-short = Інформація для рішення
opt-informed-yes = Так
opt-informed-partly = Частково
opt-informed-no = Ні
fact-informed = Інформація для рішення

q-capacity-concern = Чи може вам бути важко зрозуміти це рішення або ухвалити його самостійно?
q-capacity-concern-hint = Наприклад, через вік, хворобу, травму або інвалідність. Якщо так, можна організувати підтримку.
q-capacity-concern-short = Важко вирішити самостійно
opt-capacity-concern-yes = Так
opt-capacity-concern-no = Ні
fact-capacity-concern = Важко вирішити самостійно

q-means = Чи могли б ви самі оплатити дорогу додому?
q-means-short = Оплата дороги
opt-means-own = Так, я можу оплатити її самостійно
opt-means-travel-help = Мені потрібна допомога з дорогою
opt-means-full-help = Мені потрібна допомога з дорогою і з тим, щоб почати все заново
fact-means = Оплата дороги

q-stay-status = Яке ваше становище в цій країні?
q-stay-status-hint = Оберіть варіант, найближчий до вашого становища.
q-stay-status-short = Ваше становище тут
opt-stay-status-valid = У мене є чинний дозвіл на перебування або віза
opt-stay-status-expiring = Мій дозвіл на перебування або віза скоро закінчується
opt-stay-status-expired = Строк мого дозволу на перебування або візи закінчився
opt-stay-status-irregular-entry = У мене не було документів під час в'їзду до країни
opt-stay-status-refused-entry = Мені відмовили у в'їзді на кордоні
opt-stay-status-asylum-pending = Мою заяву про притулок подано, я чекаю на відповідь
opt-stay-status-asylum-refused = Мені відмовили в притулку
opt-stay-status-tolerated = Моє видворення призупинено (наприклад, Duldung у Німеччині)
opt-stay-status-temporary-protection = У мене тимчасовий захист (наприклад, як у людини, що втекла з України)
opt-stay-status-contract-ending = Мій трудовий договір закінчується
opt-stay-status-unknown = Я не знаю
# An option with the local name of a status or paper that the country pack gives (Duldung, OQTF…).
opt-with-local-name = { $option } – { $local }
fact-stay-status = Ваше становище тут

q-order-to-leave = Вам письмово повідомили, що ви повинні покинути країну?
q-order-to-leave-short = Вимога покинути країну
opt-order-to-leave-yes = Так
opt-order-to-leave-no = Ні
opt-order-to-leave-unsure = Не знаю напевно
fact-order-to-leave = Вимога покинути країну

opt-documents-valid = Так, і він чинний
opt-documents-expired = Так, але строк його дії закінчився
opt-documents-none = Ні
fact-documents = Паспорт або проїзний документ

opt-social-security-yes = Тут у мене є внески на соціальне страхування або на пенсію
opt-social-security-no = Тут у мене немає внесків на соціальне страхування
opt-social-security-unknown = Я не знаю, чи є в мене тут внески на соціальне страхування
opt-reentry-risk-yes = Виїзд може завадити мені потім повернутися сюди
opt-reentry-risk-no = Виїзд не завадить мені повернутися сюди
opt-reentry-risk-unknown = Я не знаю, чи зможу я повернутися
fact-social-security = Соціальне страхування або пенсія
fact-reentry-risk = Повернення сюди згодом

q-fear-of-harm = Ви боїтеся, що вам можуть заподіяти шкоду, якщо ви повернетеся до своєї країни?
q-fear-of-harm-short = Страх постраждати вдома
opt-fear-of-harm-yes = Так
opt-fear-of-harm-no = Ні
opt-fear-of-harm-unsure = Не знаю напевно
fact-fear-of-harm = Страх постраждати вдома

q-screening = Що з цього стосується вас?
q-screening-hint = Ваші відповіді залишаються на цьому пристрої.
q-screening-short = Ваша безпека і здоров'я
opt-pressure-yes = Хтось тисне на мене і вимагає повернутися
opt-pressure-no = Ніхто не тисне на мене і не вимагає повернутися
opt-trafficking-signs-yes = Хтось мене контролює, тримає в себе мої документи або змушує мене працювати, щоб віддати борг
opt-trafficking-signs-no = Ніхто мене не контролює і не тримає в себе моїх документів
opt-torture-or-abuse-yes = Мене катували, били або мені заподіяли серйозну шкоду — вдома або в дорозі
opt-torture-or-abuse-no = Мене не катували, і мені не заподіювали серйозної шкоди
opt-at-risk-group-yes = Вдома мені може загрожувати небезпека через те, хто я (наприклад, через мої переконання, національність або те, кого я кохаю)
opt-at-risk-group-no = Мені не загрожує небезпека через те, хто я
opt-crisis-at-origin-yes = Зараз у моїй країні війна, лихо або криза
opt-crisis-at-origin-no = Зараз у моїй країні немає війни чи кризи
opt-crisis-at-origin-unsure = Я не знаю, чи є зараз криза в моїй країні
opt-fled-crisis-yes = Мені довелося виїхати зі своєї країни через війну, насильство або лихо
opt-fled-crisis-no = Мій виїзд не пов'язаний з війною чи лихом
opt-stranded-yes = У мене тут немає ні грошей, ні житла, і мені нікуди йти
opt-stranded-no = У мене тут є гроші або житло
opt-health-needs-yes = У мене серйозна хвороба, або мені потрібна медична допомога
opt-health-needs-no = Мені не потрібна медична допомога
opt-pregnant-yes = Я вагітна
opt-pregnant-no = Я не вагітна
fact-pressure = Тиск, щоб ви повернулися
fact-trafficking-signs = Хтось вас контролює
fact-torture-or-abuse = Катування або серйозна шкода
fact-at-risk-group = Небезпека через те, хто ви
fact-crisis-at-origin = Криза у вашій країні
fact-fled-crisis = Виїзд через війну або лихо
fact-stranded = Без грошей і житла, нікуди йти
fact-health-needs = Медична допомога
fact-pregnant = Вагітність

q-age-band = Скільки вам років?
q-age-band-short = Вік
opt-age-band-under-15 = Менше 15
opt-age-band-15-17 = Від 15 до 17
opt-age-band-18-26 = Від 18 до 26
opt-age-band-27-59 = Від 27 до 59
opt-age-band-60-plus = 60 або більше
fact-age-band = Вік

q-with-guardian = Ви тут із кимось із батьків або з опікуном?
q-with-guardian-short = З кимось із батьків або з опікуном
opt-with-guardian-yes = Так, із кимось із батьків або із законним опікуном
opt-with-guardian-other-adult = З іншим дорослим
opt-with-guardian-no = Ні, я тут без дорослих
fact-with-guardian = З кимось із батьків або з опікуном

q-tailor = Хочете відповісти ще на кілька запитань про повернення додому?
q-tailor-hint = Вони допомагають показати, яка є підтримка в дорозі і щоб почати все заново. Їх можна пропустити.
q-tailor-short = Ще запитання про повернення додому
opt-tailor-yes = Так, поставте мені ще запитання
opt-tailor-no = Ні, покажіть мої результати

q-family-returning = Хто повернувся б разом із вами?
q-family-returning-short = Хто поїхав би з вами
opt-family-returning-none = Ніхто, тільки я
opt-family-returning-partner = Мій чоловік, дружина або партнер
opt-family-returning-children = Мої діти
opt-family-returning-other = Інші члени родини
fact-family-returning = Хто поїхав би з вами

q-welcome-expected = Як ви думаєте, ваша родина та громада добре приймуть вас, коли ви повернетеся?
q-welcome-expected-short = Як вас приймуть удома
opt-welcome-expected-yes = Так
opt-welcome-expected-unsure = Не знаю напевно
opt-welcome-expected-no = Ні
fact-welcome-expected = Як вас приймуть удома

q-restart-needs = Що найбільше допомогло б вам почати все заново вдома?
q-restart-needs-short = Допомога, щоб почати заново
opt-restart-needs-job = Знайти роботу
opt-restart-needs-training = Навчання або нова професія
opt-restart-needs-business = Відкрити невелику справу
opt-restart-needs-credit = Позика або кредит
opt-restart-needs-housing = Житло
opt-restart-needs-health = Медична допомога
opt-restart-needs-psychosocial = Людина, з якою можна поговорити про пережите
opt-restart-needs-school = Школа для моїх дітей
opt-restart-needs-documents = Отримати документи
opt-restart-needs-cash = Гроші на перші тижні
fact-restart-needs = Допомога, щоб почати заново

q-future-mobility = Чи хотіли б ви колись знову законно працювати за кордоном?
q-future-mobility-short = Знову працювати за кордоном
opt-future-mobility-yes = Так
opt-future-mobility-no = Ні
opt-future-mobility-unsure = Не знаю напевно
fact-future-mobility = Знову працювати за кордоном

q-time-in-host = Як довго ви живете в цій країні?
q-time-in-host-short = Час у цій країні
opt-time-in-host-under-1 = Менше 1 року
opt-time-in-host-1-2 = Від 1 до 2 років
opt-time-in-host-2-3 = Від 2 до 3 років
opt-time-in-host-3-4 = Від 3 до 4 років
opt-time-in-host-4-6 = Від 4 до 6 років
opt-time-in-host-6-8 = Від 6 до 8 років
opt-time-in-host-8-plus = 8 років або більше
fact-time-in-host = Час у цій країні

q-situation = Що з цього стосується вас?
q-situation-short = Ваше становище
opt-family-in-host-citizen-or-resident = Мій чоловік, дружина чи партнер або хтось із моїх батьків живе тут як громадянин або з дозволом на перебування
opt-family-in-host-child-citizen = Моя дитина — громадянин цієї країни
opt-family-in-host-child-born-here = Моя дитина народилася тут
opt-family-in-host-child-in-school = Моя дитина ходить тут до школи
opt-in-training-yes = Я тут навчаюся або здобуваю професію
opt-in-training-no = Я тут не навчаюся і не здобуваю професію
fact-family-in-host = Родина тут
fact-in-training = Навчання або здобуття професії тут

opt-work-formal = Я працюю тут за договором
opt-work-informal = Я працюю тут без договору
opt-work-offer = У мене є пропозиція роботи тут
opt-work-none = Я тут не працюю
fact-work = Робота тут

q-virtual-engagement = Чи хотіли б ви допомагати своїй країні звідси (наприклад, своїми знаннями й навичками, торгівлею або інвестиціями)?
q-virtual-engagement-short = Допомагати своїй країні звідси
opt-virtual-engagement-yes = Так
opt-virtual-engagement-no = Ні
fact-virtual-engagement = Допомагати своїй країні звідси
