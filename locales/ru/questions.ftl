## Вопросы. Для каждого: q-<id> — вопрос, q-<id>-hint — подсказка, q-<id>-short — его подпись на
## странице проверки. opt-<fact>-<value> называет каждое значение каждого факта; fact-<fact> называет факт в «почему».

q-respondent = Кто отвечает на эти вопросы?
q-respondent-hint = Вопросы обращены к человеку, о котором эти ответы. Если вы отвечаете за другого человека, отвечайте так, как ответил бы он сам.
q-respondent-short = Кто отвечает
opt-respondent-self = Я отвечаю за себя
opt-respondent-counsellor = Я консультант и отвечаю вместе с клиентом
opt-respondent-helper = Я помогаю знакомому человеку или члену семьи
fact-respondent = Кто отвечает

q-location = Где вы сейчас?
q-location-short = Где вы сейчас
opt-location-host = В стране, где я живу или работаю
opt-location-transit = В пути, в стране, через которую я проезжаю
opt-location-origin = Снова в своей стране
fact-location = Где вы сейчас

q-countries = Какие страны?
q-countries-hint = Это помогает показать правила и службы нужной страны.
q-countries-host = Страна, в которой вы сейчас находитесь
q-countries-origin = Страна вашего гражданства
q-countries-short = Страны
fact-host-country = Страна, в которой вы находитесь
fact-origin-country = Страна вашего гражданства

q-return-mode = Как вы вернулись?
q-return-mode-short = Как вы вернулись
opt-return-mode-own = Самостоятельно
opt-return-mode-programme = По программе возвращения
opt-return-mode-forced = Меня заставили уехать (депортировали или выдворили)
fact-return-mode = Как вы вернулись

q-remigrate-soon = Вы думаете о том, чтобы скоро снова уехать?
q-remigrate-soon-short = Скоро снова уехать
opt-remigrate-soon-yes = Да
opt-remigrate-soon-no = Нет
opt-remigrate-soon-unsure = Не знаю точно
fact-remigrate-soon = Думаете снова уехать

q-wish = Что бы вы хотели сделать?
q-wish-hint = Неправильного ответа нет. Вы можете передумать в любой момент.
q-wish-short = Что вы хотели бы сделать
opt-wish-return = Вернуться в свою страну
opt-wish-stay = Остаться в этой стране
opt-wish-elsewhere = Уехать в другую страну
opt-wish-unsure = Я пока не знаю
fact-wish = Что вы хотели бы сделать

q-informed = Есть ли у вас информация, которая нужна, чтобы принять решение?
q-informed-short = Информация для решения
opt-informed-yes = Да
opt-informed-partly = Частично
opt-informed-no = Нет
fact-informed = Информация для решения

q-capacity-concern = Может ли вам быть трудно понять это решение или принять его самостоятельно?
q-capacity-concern-hint = Например, из-за возраста, болезни, травмы или инвалидности. Если да, можно организовать поддержку.
q-capacity-concern-short = Трудно решить самостоятельно
opt-capacity-concern-yes = Да
opt-capacity-concern-no = Нет
fact-capacity-concern = Трудно решить самостоятельно

q-means = Могли бы вы сами оплатить дорогу домой?
q-means-short = Оплата дороги
opt-means-own = Да, я могу оплатить её самостоятельно
opt-means-travel-help = Мне нужна помощь с дорогой
opt-means-full-help = Мне нужна помощь с дорогой и с тем, чтобы начать всё заново
fact-means = Оплата дороги

q-stay-status = Какое у вас положение в этой стране?
q-stay-status-hint = Выберите вариант, который ближе всего к вашему положению.
q-stay-status-short = Ваше положение здесь
opt-stay-status-valid = У меня есть действующее разрешение на пребывание или виза
opt-stay-status-expiring = Моё разрешение на пребывание или виза скоро закончится
opt-stay-status-expired = Срок моего разрешения на пребывание или визы закончился
opt-stay-status-irregular-entry = У меня не было документов при въезде в страну
opt-stay-status-refused-entry = Мне отказали во въезде на границе
opt-stay-status-asylum-pending = Моё заявление на убежище подано, я жду ответа
opt-stay-status-asylum-refused = Мне отказали в убежище
opt-stay-status-tolerated = Моя высылка приостановлена (например, Duldung в Германии)
opt-stay-status-temporary-protection = У меня временная защита (например, как у человека, бежавшего из Украины)
opt-stay-status-contract-ending = Мой трудовой договор заканчивается
opt-stay-status-unknown = Я не знаю
# An option with the local name of a status or paper that the country pack gives (Duldung, OQTF…).
opt-with-local-name = { $option } – { $local }
fact-stay-status = Ваше положение здесь

q-order-to-leave = Вам сообщили письменно, что вы должны покинуть страну?
q-order-to-leave-short = Требование покинуть страну
opt-order-to-leave-yes = Да
opt-order-to-leave-no = Нет
opt-order-to-leave-unsure = Не знаю точно
fact-order-to-leave = Требование покинуть страну

opt-documents-valid = Да, и он действителен
opt-documents-expired = Да, но срок его действия истёк
opt-documents-none = Нет
fact-documents = Паспорт или проездной документ

opt-social-security-yes = Здесь у меня есть взносы в социальное страхование или на пенсию
opt-social-security-no = Здесь у меня нет взносов в социальное страхование
opt-social-security-unknown = Я не знаю, есть ли у меня здесь взносы в социальное страхование
opt-reentry-risk-yes = Отъезд может помешать мне потом вернуться сюда
opt-reentry-risk-no = Отъезд не помешает мне вернуться сюда
opt-reentry-risk-unknown = Я не знаю, смогу ли я вернуться
fact-social-security = Социальное страхование или пенсия
fact-reentry-risk = Возвращение сюда позже

q-fear-of-harm = Вы боитесь, что вам могут причинить вред, если вы вернётесь в свою страну?
q-fear-of-harm-short = Страх пострадать дома
opt-fear-of-harm-yes = Да
opt-fear-of-harm-no = Нет
opt-fear-of-harm-unsure = Не знаю точно
fact-fear-of-harm = Страх пострадать дома

q-screening = Что из этого относится к вам?
q-screening-hint = Ваши ответы остаются на этом устройстве.
q-screening-short = Ваша безопасность и здоровье
opt-pressure-yes = Кто-то давит на меня и требует вернуться
opt-pressure-no = Никто не давит на меня и не требует вернуться
opt-trafficking-signs-yes = Кто-то контролирует меня, держит у себя мои документы или заставляет меня работать, чтобы отдать долг
opt-trafficking-signs-no = Никто меня не контролирует и не держит у себя мои документы
opt-torture-or-abuse-yes = Меня пытали, избивали или мне причинили серьёзный вред — дома или в пути
opt-torture-or-abuse-no = Меня не пытали, и мне не причиняли серьёзного вреда
opt-at-risk-group-yes = Дома мне может грозить опасность из-за того, кто я (например, из-за моих убеждений, национальности или того, кого я люблю)
opt-at-risk-group-no = Мне не грозит опасность из-за того, кто я
opt-crisis-at-origin-yes = Сейчас в моей стране война, бедствие или кризис
opt-crisis-at-origin-no = Сейчас в моей стране нет войны или кризиса
opt-crisis-at-origin-unsure = Я не знаю, есть ли сейчас кризис в моей стране
opt-fled-crisis-yes = Мне пришлось уехать из своей страны из-за войны, насилия или бедствия
opt-fled-crisis-no = Мой отъезд не связан с войной или бедствием
opt-stranded-yes = У меня здесь нет ни денег, ни жилья, и мне некуда идти
opt-stranded-no = У меня здесь есть деньги или жильё
opt-health-needs-yes = У меня серьёзная болезнь, или мне нужна медицинская помощь
opt-health-needs-no = Мне не нужна медицинская помощь
opt-pregnant-yes = Я беременна
opt-pregnant-no = Я не беременна
fact-pressure = Давление, чтобы вы вернулись
fact-trafficking-signs = Кто-то вас контролирует
fact-torture-or-abuse = Пытки или серьёзный вред
fact-at-risk-group = Опасность из-за того, кто вы
fact-crisis-at-origin = Кризис в вашей стране
fact-fled-crisis = Отъезд из-за войны или бедствия
fact-stranded = Без денег и жилья, некуда идти
fact-health-needs = Медицинская помощь
fact-pregnant = Беременность

q-age-band = Сколько вам лет?
q-age-band-short = Возраст
opt-age-band-under-15 = Меньше 15
opt-age-band-15-17 = От 15 до 17
opt-age-band-18-26 = От 18 до 26
opt-age-band-27-59 = От 27 до 59
opt-age-band-60-plus = 60 или больше
fact-age-band = Возраст

q-with-guardian = Вы здесь с родителем или опекуном?
q-with-guardian-short = С родителем или опекуном
opt-with-guardian-yes = Да, с родителем или законным опекуном
opt-with-guardian-other-adult = С другим взрослым
opt-with-guardian-no = Нет, я здесь без взрослых
fact-with-guardian = С родителем или опекуном

q-tailor = Хотите ответить ещё на несколько вопросов о возвращении домой?
q-tailor-hint = Они помогают показать, какая есть поддержка в дороге и чтобы начать всё заново. Их можно пропустить.
q-tailor-short = Ещё вопросы о возвращении домой
opt-tailor-yes = Да, задайте мне ещё вопросы
opt-tailor-no = Нет, покажите мои результаты

q-family-returning = Кто вернулся бы вместе с вами?
q-family-returning-short = Кто поехал бы с вами
opt-family-returning-none = Никто, только я
opt-family-returning-partner = Мой муж, жена или партнёр
opt-family-returning-children = Мои дети
opt-family-returning-other = Другие члены семьи
fact-family-returning = Кто поехал бы с вами

q-welcome-expected = Как вы думаете, ваша семья и община хорошо примут вас, когда вы вернётесь?
q-welcome-expected-short = Как вас примут дома
opt-welcome-expected-yes = Да
opt-welcome-expected-unsure = Не знаю точно
opt-welcome-expected-no = Нет
fact-welcome-expected = Как вас примут дома

q-restart-needs = Что больше всего помогло бы вам начать всё заново дома?
q-restart-needs-short = Помощь, чтобы начать заново
opt-restart-needs-job = Найти работу
opt-restart-needs-training = Обучение или новая профессия
opt-restart-needs-business = Открыть небольшое дело
opt-restart-needs-credit = Заём или кредит
opt-restart-needs-housing = Жильё
opt-restart-needs-health = Медицинская помощь
opt-restart-needs-psychosocial = Человек, с которым можно поговорить о пережитом
opt-restart-needs-school = Школа для моих детей
opt-restart-needs-documents = Получить документы
opt-restart-needs-cash = Деньги на первые недели
fact-restart-needs = Помощь, чтобы начать заново

q-future-mobility = Хотели бы вы когда-нибудь снова законно работать за границей?
q-future-mobility-short = Снова работать за границей
opt-future-mobility-yes = Да
opt-future-mobility-no = Нет
opt-future-mobility-unsure = Не знаю точно
fact-future-mobility = Снова работать за границей

q-time-in-host = Как долго вы живёте в этой стране?
q-time-in-host-short = Время в этой стране
opt-time-in-host-under-1 = Меньше 1 года
opt-time-in-host-1-2 = От 1 до 2 лет
opt-time-in-host-2-3 = От 2 до 3 лет
opt-time-in-host-3-4 = От 3 до 4 лет
opt-time-in-host-4-6 = От 4 до 6 лет
opt-time-in-host-6-8 = От 6 до 8 лет
opt-time-in-host-8-plus = 8 лет или больше
fact-time-in-host = Время в этой стране

q-situation = Что из этого относится к вам?
q-situation-short = Ваше положение
opt-family-in-host-citizen-or-resident = Мой муж, жена или партнёр либо один из моих родителей живёт здесь как гражданин или с разрешением на пребывание
opt-family-in-host-child-citizen = Мой ребёнок — гражданин этой страны
opt-family-in-host-child-born-here = Мой ребёнок родился здесь
opt-family-in-host-child-in-school = Мой ребёнок ходит здесь в школу
opt-in-training-yes = Я здесь учусь или получаю профессию
opt-in-training-no = Я здесь не учусь и не получаю профессию
fact-family-in-host = Семья здесь
fact-in-training = Учёба или обучение профессии здесь

opt-work-formal = Я работаю здесь по договору
opt-work-informal = Я работаю здесь без договора
opt-work-offer = У меня есть предложение о работе здесь
opt-work-none = Я здесь не работаю
fact-work = Работа здесь

q-virtual-engagement = Хотели бы вы помогать своей стране отсюда (например, своими знаниями и навыками, торговлей или инвестициями)?
q-virtual-engagement-short = Помогать своей стране отсюда
opt-virtual-engagement-yes = Да
opt-virtual-engagement-no = Нет
fact-virtual-engagement = Помогать своей стране отсюда
