## The widget's frame: start page, buttons, navigation, check page, results page, safety.

lang-label = Language

## Start page
start-heading = Find out which options may apply to you
start-what = Answer a few questions about your situation. You will see which ways to go home, to stay, or to get protection may apply to you, why, and who can help.
start-private = Your answers stay on this device. They are never sent anywhere, and nothing is saved. You do not give your name.
start-not-advice = This is information, not legal advice. Always confirm with a counsellor before you decide.
start-decision = Whatever you choose is your decision. No one should pressure you to go home.
start-safety-link = How to use this safely
start-loading = Getting the questions ready. On a slow connection this can take a moment.

## Buttons and links
btn-start = Start
btn-continue = Continue
btn-see-results = See results
btn-back = Back
btn-change = Change
btn-start-again = Start again
btn-print = Print or save these results
btn-leave = Leave this page
btn-leave-skip = Leave this page quickly
btn-read-aloud = Read aloud
read-aloud-toggle = Hear the questions and results read aloud

## Answer choices used on many questions
opt-prefer-not = I prefer not to say
opt-none-of-these = None of these
opt-or = or
hint-choose-all = Choose all that apply.

## Errors on a question page
error-summary-title = There is a problem
error-choose-one = Choose one answer, or “I prefer not to say”.
error-choose-one-only = Choose one answer.
error-choose-some = Choose at least one answer, “None of these” or “I prefer not to say”.
error-choose-country-host = Choose the country you are in now from the list.
error-choose-country-origin = Choose your country of citizenship from the list, or “I prefer not to say”.

## Check your answers
check-heading = Check your answers
check-intro = You can change any answer before you see your results.
check-not-answered = You preferred not to say
check-labelled = { $label }: { $value }
check-none = None of these

## Results
results-heading = Options that may apply to you
results-intro = { $count ->
    [0] We did not find options for these answers. A counsellor can still help.
    [one] We found { $count } option that may apply to you.
   *[other] We found { $count } options that may apply to you.
}
results-not-advice = This is not legal advice. Every option here “may apply”: confirm with a counsellor before you decide anything.
results-group-protection = Protection and support
results-group-stay = Staying lawfully
results-group-return = Going home
results-group-advice = Advice
results-may-apply = May apply
results-info-only = For your information
results-held = Shown for your information only, because:
results-why = Why you see this
results-why-you-said = You said:
results-next = Next step
results-sources = Sources
results-rules-as-of = Rules as of { $date } ({ $pack }).
results-reviewed = Last checked on { $date }.
results-review-old = These rules were last checked on { $date }, more than 12 months ago. Some may have changed: check with a counsellor.
results-notices = Good to know
results-ended = This route has ended ({ $date }). It is shown so you know it is no longer open.
results-pack-generic = general rules, not specific to a country
results-pack-country = rules for { $country }

## Dates: date-long writes a date; $day and $year are numbers, $month the month's name below (in the
## form a date needs: the genitive in Russian and Ukrainian, for example).
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Citations
cite-seed = IOM source document { $doc }, lines { $lines }

## Safety interruption and safety page
safety-heading = Before the next questions
safety-sensitive = The next questions are about your safety and your situation. You can choose “I prefer not to say” on any of them.
safety-leave-button = If someone comes, press “Leave this page” at the top. Your answers are wiped and another page opens.
safety-shift = On a keyboard, you can also press the Shift key 3 times.
safety-more = How to use this safely
safety-page-heading = How to use this safely
safety-page-device = Your answers are kept only while this page is open. They are never sent anywhere and never saved.
safety-page-history = Your browser may still remember that you visited this page. To avoid that, use a private window (also called incognito), or delete your browsing history afterwards.
safety-page-shared = If someone else uses or checks this phone or computer, use a private window, and close it when you finish.
safety-page-exit = “Leave this page” and pressing Shift 3 times wipe your answers at once and open another page. The Back button will not show your answers.
safety-page-offline = This site keeps a copy of this tool on your device, so that it works again without internet. It never keeps your answers. But someone who checks this phone or computer may see that the tool was used: in the browser's list of stored site data, or from an icon on the home screen if one was added. In a private window, the copy is deleted when you close it.
exit-shift-count = { $left ->
    [one] Press Shift { $left } more time to leave this page.
   *[other] Press Shift { $left } more times to leave this page.
}
exit-leaving = Leaving this page

## Host configuration problems (shown in the person's language; details go to the console)
error-config = This page was set up with an option that is not allowed, so a safe default is used. It still works.

## Country questions
country-other = Another country
country-stateless = I have no citizenship (stateless)
country-choose = Choose a country
error-pack = The rules for this country could not be loaded, so the general rules are shown.

## Issue 11: results that fit a phone, who to call, the handout, honest progress
start-length = About 10 to 15 short questions. Most people need 5 to 10 minutes. You can skip any question that asks something you prefer not to say.
# $n is the part's number, $total the number of parts (always the same), $name the part's name.
progress-part = Part { $n } of { $total }: { $name }
part-1 = About you
part-2 = Your plans
part-3 = Your papers
part-4 = Your safety
part-5 = Your life here and at home
q-countries-host-set = This service is for people in { $country }.
results-summary = Start here
results-who = Who can help
results-why-everyone = Everyone sees this option. A counsellor can help with every question.
results-why-general = It is shown because of the situation you described.
cite-read = read on { $date }
contact-hours-always = Open every day, day and night
contact-languages = Languages: { $list }
results-second-lang = Second language on the handout (for a counsellor or an official)
results-second-none = None
restart-confirm-title = Start again?
restart-confirm-text = This wipes every answer on this device. You cannot get them back.
btn-restart-yes = Yes, wipe my answers
btn-restart-no = No, keep my answers
handout-title = Your options: a summary to take with you
handout-made = Made on { $date }. Rules as of { $rules } ({ $pack }).
handout-answers = Your answers
handout-for-counsellor = For the organisation or counsellor to fill in
handout-organisation = Organisation:
handout-counsellor = Counsellor:
handout-contact = Phone or email:
handout-notes = Notes:
handout-footer = Made on this device. It shows no name and nothing that identifies you.
