## Spain (es): paths added in November 2026 (victims' rights, temporary protection).
## The shared words of the Spanish pack are in packs.ftl.

path-regularisation-es-trafficking-victims-title = Rights of victims of trafficking (LOEX art. 59 bis)
path-regularisation-es-trafficking-victims-what = If someone is exploiting you or forcing you to work, you have rights in Spain. When the authorities see signs that you are a victim of trafficking, you can get a period to recover and think (período de restablecimiento y reflexión), and you are not expelled during it. After it, a residence and work permit may apply, because you help the investigation or because of your personal situation; help to return home is also possible if you choose it. Confirm with a counsellor.
path-regularisation-es-trafficking-victims-next = Ask a specialised organisation that supports victims of trafficking to explain the period and the permit to you, before you speak to the police or the immigration office (Oficina de Extranjería). You do not have to decide today.

path-regularisation-es-temporary-protection-title = Temporary protection (protección temporal) and what may come after it
path-regularisation-es-temporary-protection-what = Temporary protection in Spain gives you a residence and work permit, and help such as health care and school for children. It lasts as long as the EU's temporary protection, which now runs until 4 March 2027; so far Spain has extended the cards every year without a new application. The EU may extend the protection again, or end it. Before it ends, you may be able to change to another permit, for example for work. Confirm with a counsellor.
path-regularisation-es-temporary-protection-next = Ask a refugee or migrant support organisation, or an immigration lawyer (abogado de extranjería), which permit could follow yours, and apply before your protection ends.
