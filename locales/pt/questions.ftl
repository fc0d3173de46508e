## As perguntas. Para cada uma: q-<id> é a pergunta, q-<id>-hint uma ajuda, q-<id>-short o seu rótulo na
## página de verificação. opt-<fact>-<value> dá nome a cada valor de cada facto; fact-<fact> dá nome ao facto em "motivo".

q-respondent = Quem responde a estas perguntas?
q-respondent-hint = As perguntas dirigem-se à pessoa a quem as respostas dizem respeito. Se responde por outra pessoa, responda como essa pessoa responderia.
q-respondent-short = Quem responde
opt-respondent-self = Respondo por mim
opt-respondent-counsellor = Sou conselheiro ou conselheira e respondo com uma pessoa que acompanho
opt-respondent-helper = Ajudo um amigo, uma amiga ou um familiar
fact-respondent = Quem responde

q-location = Onde está agora?
q-location-short = Onde está agora
opt-location-host = No país onde tenho vivido ou trabalhado
opt-location-transit = A caminho, de passagem por um país
opt-location-origin = De volta ao meu próprio país
fact-location = Onde está agora

q-countries = Que países?
q-countries-hint = Isto ajuda a mostrar as regras e os serviços do país certo.
q-countries-host = O país onde está agora
q-countries-origin = O país da sua nacionalidade
q-countries-short = Países
fact-host-country = O país onde está
fact-origin-country = O país da sua nacionalidade

q-return-mode = Como voltou?
q-return-mode-short = Como voltou
opt-return-mode-own = Por conta própria
opt-return-mode-programme = Com um programa de retorno
opt-return-mode-forced = Obrigaram-me a sair (deportação ou expulsão)
fact-return-mode = Como voltou

q-remigrate-soon = Pensa em partir de novo em breve?
q-remigrate-soon-short = Partir de novo em breve
opt-remigrate-soon-yes = Sim
opt-remigrate-soon-no = Não
opt-remigrate-soon-unsure = Não sei bem
fact-remigrate-soon = Pensa em partir de novo

q-wish = O que gostaria de fazer?
q-wish-hint = Não há respostas erradas. Pode mudar de ideia a qualquer momento.
q-wish-short = O que gostaria de fazer
opt-wish-return = Voltar ao meu país
opt-wish-stay = Ficar neste país
opt-wish-elsewhere = Ir para outro país
opt-wish-unsure = Ainda não sei
fact-wish = O que gostaria de fazer

q-informed = Tem a informação de que precisa para decidir?
q-informed-short = Informação para decidir
opt-informed-yes = Sim
opt-informed-partly = Em parte
opt-informed-no = Não
fact-informed = Informação para decidir

q-capacity-concern = Pode ser difícil para você entender esta decisão ou tomá-la sem ajuda?
q-capacity-concern-hint = Por exemplo, por causa da idade, de uma doença, de um trauma ou de uma deficiência. Se for o caso, é possível organizar apoio.
q-capacity-concern-short = Dificuldade em decidir sem ajuda
opt-capacity-concern-yes = Sim
opt-capacity-concern-no = Não
fact-capacity-concern = Dificuldade em decidir sem ajuda

q-means = Conseguiria pagar a viagem de volta por conta própria?
q-means-short = Pagar a viagem
opt-means-own = Sim, consigo pagar por conta própria
opt-means-travel-help = Preciso de ajuda com a viagem
opt-means-full-help = Preciso de ajuda com a viagem e para recomeçar a vida
fact-means = Pagar a viagem

q-stay-status = Qual é a sua situação neste país?
q-stay-status-hint = Escolha a que mais se parece com a sua situação.
q-stay-status-short = A sua situação aqui
opt-stay-status-valid = Tenho uma autorização de residência ou um visto válido
opt-stay-status-expiring = A minha autorização ou o meu visto acaba em breve
opt-stay-status-expired = A minha autorização ou o meu visto já acabou
opt-stay-status-irregular-entry = Entrei sem documentos
opt-stay-status-refused-entry = Na fronteira, não me deixaram entrar
opt-stay-status-asylum-pending = Pedi asilo e espero a resposta
opt-stay-status-asylum-refused = O meu pedido de asilo foi recusado
opt-stay-status-tolerated = A minha expulsão está suspensa (por exemplo, uma Duldung na Alemanha)
opt-stay-status-temporary-protection = Tenho proteção temporária (por exemplo, como pessoa que fugiu da Ucrânia)
opt-stay-status-contract-ending = O meu contrato de trabalho vai terminar
opt-stay-status-unknown = Não sei
# An option with the local name of a status or paper that the country pack gives (Duldung, OQTF…).
opt-with-local-name = { $option } – { $local }
fact-stay-status = A sua situação aqui

q-order-to-leave = Recebeu por escrito uma ordem para sair do país?
q-order-to-leave-short = Ordem para sair do país
opt-order-to-leave-yes = Sim
opt-order-to-leave-no = Não
opt-order-to-leave-unsure = Não sei bem
fact-order-to-leave = Ordem para sair do país

opt-documents-valid = Tenho passaporte ou documento de viagem válido
opt-documents-expired = O meu passaporte ou documento de viagem expirou
opt-documents-none = Não tenho passaporte nem documento de viagem
fact-documents = Passaporte ou documento de viagem

opt-social-security-yes = Aqui paguei contribuições para a segurança social ou para uma pensão
opt-social-security-no = Aqui não paguei contribuições para a segurança social
opt-social-security-unknown = Não sei se paguei contribuições para a segurança social
opt-reentry-risk-yes = Sair pode fazer com que eu não possa voltar aqui mais tarde
opt-reentry-risk-no = Sair não me impediria de voltar
opt-reentry-risk-unknown = Não sei se poderia voltar
fact-social-security = Segurança social ou pensão
fact-reentry-risk = Voltar mais tarde

q-fear-of-harm = Tem medo de sofrer algum mal se voltar ao seu país?
q-fear-of-harm-short = Medo de sofrer mal no seu país
opt-fear-of-harm-yes = Sim
opt-fear-of-harm-no = Não
opt-fear-of-harm-unsure = Não sei bem
fact-fear-of-harm = Medo de sofrer mal no seu país

q-screening = Quais destas frases correspondem à sua situação?
q-screening-hint = As suas respostas ficam neste dispositivo.
q-screening-short = A sua segurança e saúde
opt-pressure-yes = Alguém me pressiona para voltar
opt-pressure-no = Ninguém me pressiona para voltar
opt-trafficking-signs-yes = Alguém me controla, fica com os meus documentos ou me obriga a trabalhar para pagar uma dívida
opt-trafficking-signs-no = Ninguém me controla nem fica com os meus documentos
opt-torture-or-abuse-yes = Sofri tortura, espancamentos ou ferimentos graves, no meu país ou no caminho
opt-torture-or-abuse-no = Não sofri tortura nem ferimentos graves
opt-at-risk-group-yes = Posso estar em perigo no meu país por causa de quem sou (por exemplo, as minhas crenças, a minha etnia ou quem eu amo)
opt-at-risk-group-no = Não estou em perigo por causa de quem sou
opt-crisis-at-origin-yes = Há agora guerra, um desastre ou uma crise no meu país
opt-crisis-at-origin-no = Não há agora guerra nem crise no meu país
opt-crisis-at-origin-unsure = Não sei se há uma crise no meu país
opt-fled-crisis-yes = Saí do meu país por causa de guerra, violência ou um desastre
opt-fled-crisis-no = Não saí do meu país por causa de guerra ou de um desastre
opt-stranded-yes = Estou aqui sem dinheiro nem abrigo e não consigo sair
opt-stranded-no = Não estou aqui sem dinheiro nem abrigo
opt-health-needs-yes = Tenho uma doença grave ou preciso de cuidados médicos
opt-health-needs-no = Não preciso de cuidados médicos
opt-pregnant-yes = Estou grávida
opt-pregnant-no = Não estou grávida
fact-pressure = Pressão para voltar
fact-trafficking-signs = Sob o poder de alguém
fact-torture-or-abuse = Tortura ou ferimentos graves
fact-at-risk-group = Em perigo por causa de quem é
fact-crisis-at-origin = Crise no seu país
fact-fled-crisis = Saída por guerra ou desastre
fact-stranded = Sem dinheiro nem abrigo
fact-health-needs = Cuidados médicos
fact-pregnant = Gravidez

q-age-band = Quantos anos tem?
q-age-band-short = Idade
opt-age-band-under-15 = Menos de 15
opt-age-band-15-17 = 15 a 17
opt-age-band-18-26 = 18 a 26
opt-age-band-27-59 = 27 a 59
opt-age-band-60-plus = 60 ou mais
fact-age-band = Idade

q-with-guardian = Está aqui com o seu pai, a sua mãe ou um tutor?
q-with-guardian-short = Com pai, mãe ou tutor
opt-with-guardian-yes = Sim, com o meu pai, a minha mãe ou um tutor legal
opt-with-guardian-other-adult = Com outro adulto
opt-with-guardian-no = Não, não tenho ninguém comigo
fact-with-guardian = Com pai, mãe ou tutor

q-tailor = Quer responder a mais algumas perguntas sobre a volta ao seu país?
q-tailor-hint = Ajudam a mostrar o apoio para a viagem e para recomeçar a vida. Pode deixá-las sem resposta.
q-tailor-short = Mais perguntas sobre a volta ao país
opt-tailor-yes = Sim, quero mais perguntas
opt-tailor-no = Não, mostrar os meus resultados

q-family-returning = Quem voltaria com você?
q-family-returning-short = Quem voltaria com você
opt-family-returning-none = Ninguém, voltaria sem companhia
opt-family-returning-partner = O meu companheiro ou a minha companheira
opt-family-returning-children = Os meus filhos
opt-family-returning-other = Outros familiares
fact-family-returning = Quem voltaria com você

q-welcome-expected = Acha que a sua família e a sua comunidade vão aceitar bem a sua volta?
q-welcome-expected-short = Acolhimento no seu país
opt-welcome-expected-yes = Sim
opt-welcome-expected-unsure = Não sei bem
opt-welcome-expected-no = Não
fact-welcome-expected = Acolhimento no seu país

q-restart-needs = O que seria mais útil para recomeçar a vida no seu país?
q-restart-needs-short = Ajuda para recomeçar
opt-restart-needs-job = Encontrar trabalho
opt-restart-needs-training = Formação ou aprender uma profissão
opt-restart-needs-business = Começar um pequeno negócio
opt-restart-needs-credit = Um empréstimo ou crédito
opt-restart-needs-housing = Um lugar para viver
opt-restart-needs-health = Cuidados de saúde
opt-restart-needs-psychosocial = Alguém com quem falar sobre o que vivi
opt-restart-needs-school = Escola para os meus filhos
opt-restart-needs-documents = Obter documentos
opt-restart-needs-cash = Dinheiro para as primeiras semanas
fact-restart-needs = Ajuda para recomeçar

q-future-mobility = Gostaria de um dia poder voltar a trabalhar no estrangeiro de forma legal?
q-future-mobility-short = Trabalhar de novo no estrangeiro
opt-future-mobility-yes = Sim
opt-future-mobility-no = Não
opt-future-mobility-unsure = Não sei bem
fact-future-mobility = Trabalhar de novo no estrangeiro

q-time-in-host = Há quanto tempo vive neste país?
q-time-in-host-short = Tempo neste país
opt-time-in-host-under-1 = Menos de 1 ano
opt-time-in-host-1-2 = 1 a 2 anos
opt-time-in-host-2-3 = 2 a 3 anos
opt-time-in-host-3-4 = 3 a 4 anos
opt-time-in-host-4-6 = 4 a 6 anos
opt-time-in-host-6-8 = 6 a 8 anos
opt-time-in-host-8-plus = 8 anos ou mais
fact-time-in-host = Tempo neste país

q-situation = Quais destas frases correspondem à sua situação?
q-situation-short = A sua situação
opt-family-in-host-citizen-or-resident = O meu companheiro ou companheira, o meu pai ou a minha mãe vive aqui com a nacionalidade deste país ou com autorização de residência
opt-family-in-host-child-citizen = O meu filho ou a minha filha tem a nacionalidade deste país
opt-family-in-host-child-born-here = O meu filho ou a minha filha nasceu aqui
opt-family-in-host-child-in-school = O meu filho ou a minha filha frequenta a escola aqui
opt-in-training-yes = Aqui estudo ou faço uma formação para um trabalho
opt-in-training-no = Aqui não estudo nem faço formação
fact-family-in-host = Família aqui
fact-in-training = Estudos ou formação aqui

opt-work-formal = Trabalho aqui com contrato
opt-work-informal = Trabalho aqui sem contrato
opt-work-offer = Tenho uma oferta de emprego aqui
opt-work-none = Não trabalho aqui
fact-work = Trabalho aqui

q-virtual-engagement = Gostaria de ajudar o seu país de origem a partir daqui (por exemplo, com os seus conhecimentos, com comércio ou com investimento)?
q-virtual-engagement-short = Ajudar o seu país a partir daqui
opt-virtual-engagement-yes = Sim
opt-virtual-engagement-no = Não
fact-virtual-engagement = Ajudar o seu país a partir daqui
