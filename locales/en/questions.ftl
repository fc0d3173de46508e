## The questions. For each: q-<id> is the question, q-<id>-hint a hint, q-<id>-short its label on the
## check page. opt-<fact>-<value> names every value of every fact; fact-<fact> names the fact in "why".

q-respondent = Who is answering these questions?
q-respondent-hint = The questions speak to the person the answers are about. If you answer for someone else, answer as they would.
q-respondent-short = Who is answering
opt-respondent-self = I am answering for myself
opt-respondent-counsellor = I am a counsellor answering with a client
opt-respondent-helper = I am helping a friend or family member
fact-respondent = Who is answering

q-location = Where are you now?
q-location-short = Where you are now
opt-location-host = In the country where I have been living or working
opt-location-transit = On the way, in a country I am passing through
opt-location-origin = Back in my own country
fact-location = Where you are now

q-countries = Which countries?
q-countries-hint = This helps show the rules and services of the right country.
q-countries-host = The country you are in now
q-countries-origin = Your country of citizenship
q-countries-short = Countries
fact-host-country = The country you are in
fact-origin-country = Your country of citizenship

q-return-mode = How did you come back?
q-return-mode-short = How you came back
opt-return-mode-own = On my own
opt-return-mode-programme = With a return programme
opt-return-mode-forced = I was made to leave (deported or removed)
fact-return-mode = How you came back

q-remigrate-soon = Are you thinking of leaving again soon?
q-remigrate-soon-short = Leaving again soon
opt-remigrate-soon-yes = Yes
opt-remigrate-soon-no = No
opt-remigrate-soon-unsure = I am not sure
fact-remigrate-soon = Thinking of leaving again

q-wish = What would you like to do?
q-wish-hint = There is no wrong answer. You can change your mind at any time.
q-wish-short = What you would like to do
opt-wish-return = Go back to my country
opt-wish-stay = Stay in this country
opt-wish-elsewhere = Go to another country
opt-wish-unsure = I do not know yet
fact-wish = What you would like to do

q-informed = Do you have the information you need to decide?
q-informed-short = Information to decide
opt-informed-yes = Yes
opt-informed-partly = Some of it
opt-informed-no = No
fact-informed = Information to decide

q-capacity-concern = Could it be hard for you to understand this decision or to make it on your own?
q-capacity-concern-hint = For example because of age, an illness, trauma or a disability. If so, support can be arranged.
q-capacity-concern-short = Hard to decide alone
opt-capacity-concern-yes = Yes
opt-capacity-concern-no = No
fact-capacity-concern = Hard to decide alone

q-means = Could you pay for the journey home yourself?
q-means-short = Paying for the journey
opt-means-own = Yes, I can pay for it myself
opt-means-travel-help = I need help with the journey
opt-means-full-help = I need help with the journey and with starting again
fact-means = Paying for the journey

q-stay-status = What is your situation in this country?
q-stay-status-hint = Choose the one closest to your situation.
q-stay-status-short = Your situation here
opt-stay-status-valid = I have a valid permit or visa
opt-stay-status-expiring = My permit or visa ends soon
opt-stay-status-expired = My permit or visa has ended
opt-stay-status-irregular-entry = I came in without papers
opt-stay-status-refused-entry = I was refused entry at the border
opt-stay-status-asylum-pending = I have asked for asylum and wait for the answer
opt-stay-status-asylum-refused = My asylum claim was refused
opt-stay-status-tolerated = My removal is suspended (for example a Duldung in Germany)
opt-stay-status-temporary-protection = I have temporary protection (for example, as a person who fled Ukraine)
opt-stay-status-contract-ending = My work contract is ending
opt-stay-status-unknown = I do not know
# An option with the local name of a status or paper that the country pack gives (Duldung, OQTF…).
opt-with-local-name = { $option } – { $local }
fact-stay-status = Your situation here

q-order-to-leave = Have you been told in writing that you must leave the country?
q-order-to-leave-short = Told to leave
opt-order-to-leave-yes = Yes
opt-order-to-leave-no = No
opt-order-to-leave-unsure = I am not sure
fact-order-to-leave = Told to leave

opt-documents-valid = I have a valid passport or travel document
opt-documents-expired = My passport or travel document has expired
opt-documents-none = I have no passport or travel document
fact-documents = Passport or travel document

opt-social-security-yes = I paid into social security or a pension here
opt-social-security-no = I did not pay into social security here
opt-social-security-unknown = I do not know if I paid into social security
opt-reentry-risk-yes = Leaving could stop me from coming back here later
opt-reentry-risk-no = Leaving would not stop me from coming back
opt-reentry-risk-unknown = I do not know if I could come back
fact-social-security = Social security or pension
fact-reentry-risk = Coming back later

q-fear-of-harm = Are you afraid that you could be harmed if you go back to your country?
q-fear-of-harm-short = Afraid of harm at home
opt-fear-of-harm-yes = Yes
opt-fear-of-harm-no = No
opt-fear-of-harm-unsure = I am not sure
fact-fear-of-harm = Afraid of harm at home

q-screening = Which of these apply to you?
q-screening-hint = Your answers stay on this device.
q-screening-short = Your safety and health
opt-pressure-yes = Someone is pushing me to go back
opt-pressure-no = No one is pushing me to go back
opt-trafficking-signs-yes = Someone controls me, keeps my documents or makes me work to pay a debt
opt-trafficking-signs-no = No one controls me or keeps my documents
opt-torture-or-abuse-yes = I was tortured, beaten or badly hurt, at home or on the way
opt-torture-or-abuse-no = I was not tortured or badly hurt
opt-at-risk-group-yes = I could be in danger at home because of who I am (for example my beliefs, ethnicity or who I love)
opt-at-risk-group-no = I am not in danger because of who I am
opt-crisis-at-origin-yes = There is war, disaster or a crisis in my country now
opt-crisis-at-origin-no = There is no war or crisis in my country now
opt-crisis-at-origin-unsure = I do not know if there is a crisis in my country
opt-fled-crisis-yes = I left my country because of war, violence or a disaster
opt-fled-crisis-no = I did not leave because of war or a disaster
opt-stranded-yes = I am stuck here with no money or shelter
opt-stranded-no = I am not stuck without money or shelter
opt-health-needs-yes = I have a serious illness or need medical care
opt-health-needs-no = I do not need medical care
opt-pregnant-yes = I am pregnant
opt-pregnant-no = I am not pregnant
fact-pressure = Pushed to go back
fact-trafficking-signs = Controlled by someone
fact-torture-or-abuse = Tortured or badly hurt
fact-at-risk-group = In danger because of who you are
fact-crisis-at-origin = Crisis in your country
fact-fled-crisis = Left because of war or disaster
fact-stranded = Stuck without money or shelter
fact-health-needs = Medical care
fact-pregnant = Pregnancy

q-age-band = How old are you?
q-age-band-short = Age
opt-age-band-under-15 = Under 15
opt-age-band-15-17 = 15 to 17
opt-age-band-18-26 = 18 to 26
opt-age-band-27-59 = 27 to 59
opt-age-band-60-plus = 60 or older
fact-age-band = Age

q-with-guardian = Are you here with a parent or guardian?
q-with-guardian-short = With a parent or guardian
opt-with-guardian-yes = Yes, with a parent or legal guardian
opt-with-guardian-other-adult = With another adult
opt-with-guardian-no = No, I am on my own
fact-with-guardian = With a parent or guardian

q-tailor = Would you like to answer a few more questions about going home?
q-tailor-hint = They help show support for the journey and for starting again. You can skip them.
q-tailor-short = More questions about going home
opt-tailor-yes = Yes, ask me more
opt-tailor-no = No, show my results

q-family-returning = Who would go back with you?
q-family-returning-short = Who would go with you
opt-family-returning-none = No one, I would go alone
opt-family-returning-partner = My partner
opt-family-returning-children = My children
opt-family-returning-other = Other family members
fact-family-returning = Who would go with you

q-welcome-expected = Do you think your family and community will welcome you back?
q-welcome-expected-short = Welcome at home
opt-welcome-expected-yes = Yes
opt-welcome-expected-unsure = I am not sure
opt-welcome-expected-no = No
fact-welcome-expected = Welcome at home

q-restart-needs = What would help you most to start again at home?
q-restart-needs-short = Help to start again
opt-restart-needs-job = Finding a job
opt-restart-needs-training = Training or learning a skill
opt-restart-needs-business = Starting a small business
opt-restart-needs-credit = A loan or credit
opt-restart-needs-housing = A place to live
opt-restart-needs-health = Health care
opt-restart-needs-psychosocial = Someone to talk to about what I went through
opt-restart-needs-school = School for my children
opt-restart-needs-documents = Getting documents
opt-restart-needs-cash = Money for the first weeks
fact-restart-needs = Help to start again

q-future-mobility = Would you like to be able to work abroad again lawfully one day?
q-future-mobility-short = Working abroad again
opt-future-mobility-yes = Yes
opt-future-mobility-no = No
opt-future-mobility-unsure = I am not sure
fact-future-mobility = Working abroad again

q-time-in-host = How long have you lived in this country?
q-time-in-host-short = Time in this country
opt-time-in-host-under-1 = Less than 1 year
opt-time-in-host-1-2 = 1 to 2 years
opt-time-in-host-2-3 = 2 to 3 years
opt-time-in-host-3-4 = 3 to 4 years
opt-time-in-host-4-6 = 4 to 6 years
opt-time-in-host-6-8 = 6 to 8 years
opt-time-in-host-8-plus = 8 years or more
fact-time-in-host = Time in this country

q-situation = Which of these apply to you?
q-situation-short = Your situation
opt-family-in-host-citizen-or-resident = My partner or a parent lives here as a citizen or with a permit
opt-family-in-host-child-citizen = My child is a citizen of this country
opt-family-in-host-child-born-here = My child was born here
opt-family-in-host-child-in-school = My child goes to school here
opt-in-training-yes = I am studying or training for a job here
opt-in-training-no = I am not studying or training here
fact-family-in-host = Family here
fact-in-training = Studying or training here

opt-work-formal = I work here with a contract
opt-work-informal = I work here without a contract
opt-work-offer = I have a job offer here
opt-work-none = I do not work here
fact-work = Work here

q-virtual-engagement = Would you like to help your home country from here (for example through skills, trade or investment)?
q-virtual-engagement-short = Helping your country from here
opt-virtual-engagement-yes = Yes
opt-virtual-engagement-no = No
fact-virtual-engagement = Helping your country from here
