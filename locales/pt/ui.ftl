## A moldura do widget: página inicial, botões, navegação, página de verificação, página de resultados, segurança.

lang-label = Idioma · Language

## Página inicial
start-heading = Descubra que opções podem ser aplicáveis ao seu caso
start-what = Responda a algumas perguntas sobre a sua situação. Vai ver que formas de voltar ao seu país, de ficar ou de obter proteção podem ser aplicáveis ao seu caso, o motivo, e quem pode ajudar.
start-private = As suas respostas ficam neste dispositivo. Nunca são enviadas para nenhum lugar e nada é guardado. Não é pedido o seu nome.
start-not-advice = Isto é informação, não aconselhamento jurídico. Confirme sempre com um conselheiro antes de decidir.
start-decision = O que escolher é decisão sua. Ninguém deve fazer pressão para que volte ao seu país.
start-safety-link = Como usar esta página com segurança
start-loading = A preparar as perguntas. Com uma ligação lenta, isto pode demorar um momento.

## Botões e ligações
btn-start = Começar
btn-continue = Continuar
btn-see-results = Ver resultados
btn-back = Voltar
btn-change = Alterar
btn-start-again = Recomeçar
btn-print = Imprimir ou guardar estes resultados
btn-leave = Sair desta página
btn-leave-skip = Sair rapidamente desta página
btn-read-aloud = Ler em voz alta
read-aloud-toggle = Ouvir as perguntas e os resultados em voz alta

## Opções de resposta usadas em muitas perguntas
opt-prefer-not = Prefiro não dizer
opt-none-of-these = Nenhuma destas
opt-or = ou
hint-choose-all = Escolha todas as que se aplicam.

## Erros numa página de pergunta
error-summary-title = Há um problema
error-choose-one = Escolha uma resposta, ou “Prefiro não dizer”.
error-choose-one-only = Escolha uma resposta.
error-choose-some = Escolha pelo menos uma resposta, “Nenhuma destas” ou “Prefiro não dizer”.
error-choose-country-host = Escolha na lista o país onde está agora.
error-choose-country-origin = Escolha na lista o país da sua nacionalidade, ou “Prefiro não dizer”.

## Verificar as respostas
check-heading = Verifique as suas respostas
check-intro = Pode alterar qualquer resposta antes de ver os seus resultados.
check-not-answered = Preferiu não dizer
check-labelled = { $label }: { $value }
check-none = Nenhuma destas

## Resultados
results-heading = Opções que podem ser aplicáveis ao seu caso
results-intro = { $count ->
    [0] Não encontramos opções para estas respostas. Mesmo assim, um conselheiro pode ajudar.
    [one] Encontramos { $count } opção que pode ser aplicável ao seu caso.
   *[other] Encontramos { $count } opções que podem ser aplicáveis ao seu caso.
}
results-not-advice = Isto não é aconselhamento jurídico. Todas as opções aqui “podem ser aplicáveis”: confirme com um conselheiro antes de decidir qualquer coisa.
results-group-protection = Proteção e apoio
results-group-stay = Ficar legalmente
results-group-return = Voltar ao seu país
results-group-advice = Aconselhamento
results-may-apply = Pode ser aplicável
results-info-only = Apenas para sua informação
results-held = Mostrado apenas para sua informação, porque:
results-why = O motivo deste resultado
results-why-you-said = Você disse:
results-next = Próximo passo
results-sources = Fontes
results-rules-as-of = Regras válidas em { $date } ({ $pack }).
results-reviewed = Última verificação: { $date }.
results-review-old = Estas regras foram verificadas pela última vez em { $date }, há mais de 12 meses. Algumas podem ter mudado: confirme com um conselheiro.
results-notices = É bom saber
results-ended = Esta via terminou ({ $date }). É mostrada para que saiba que já não está aberta.
results-pack-generic = regras gerais, não específicas de um país
results-pack-country = regras do país: { $country }

## Datas: date-long escreve uma data; $day e $year são números, $month o nome do mês abaixo.
date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## Citações
cite-seed = Documento de origem da OIM { $doc }, linhas { $lines }

## Interrupção de segurança e página sobre segurança
safety-heading = Antes das próximas perguntas
safety-sensitive = As próximas perguntas são sobre a sua segurança e a sua situação. Em todas pode escolher “Prefiro não dizer”.
safety-leave-button = Se alguém chegar, use o botão “Sair desta página”, no topo. As suas respostas são apagadas e outra página é aberta.
safety-shift = No teclado, também pode pressionar a tecla Shift 3 vezes.
safety-more = Como usar esta página com segurança
safety-page-heading = Como usar esta página com segurança
safety-page-device = As suas respostas só são mantidas enquanto esta página estiver aberta. Nunca são enviadas para nenhum lugar nem guardadas.
safety-page-history = Mesmo assim, o seu navegador pode lembrar que visitou esta página. Para evitar isso, use uma janela privada (também chamada incógnito), ou apague depois o seu histórico de navegação.
safety-page-shared = Se outra pessoa usa ou verifica este telefone ou computador, use uma janela privada e feche-a quando terminar.
safety-page-exit = “Sair desta página” e pressionar Shift 3 vezes apagam de imediato as suas respostas e abrem outra página. O botão Voltar não vai mostrar as suas respostas.
safety-page-offline = Este site guarda uma cópia desta ferramenta no seu dispositivo, para que volte a funcionar sem internet. Nunca guarda as suas respostas. Mas outra pessoa que verifique este telefone ou computador pode ver que a ferramenta foi usada, por exemplo na lista de dados de sites guardados pelo navegador, ou por um ícone no ecrã inicial, se tiver sido adicionado. Numa janela privada, a cópia é apagada quando a fechar.
exit-shift-count = { $left ->
    [one] Pressione Shift mais { $left } vez para sair desta página.
   *[other] Pressione Shift mais { $left } vezes para sair desta página.
}
exit-leaving = A sair desta página

## Problemas de configuração do site (mostrados na língua da pessoa; os detalhes vão para a consola)
error-config = Esta página foi configurada com uma opção que não é permitida, por isso foi escolhida uma opção segura. A página funciona normalmente.

## Perguntas sobre países
country-other = Outro país
country-stateless = Não tenho nenhuma nacionalidade (apátrida)
country-choose = Escolha um país
error-pack = Não foi possível carregar as regras deste país, por isso são mostradas as regras gerais.

## Issue 11: results that fit a phone, who to call, the handout, honest progress
start-length = Cerca de 10 a 15 perguntas curtas. A maioria das pessoas precisa de 5 a 10 minutos. Pode deixar sem resposta qualquer pergunta sobre algo que prefira não dizer.
progress-part = Parte { $n } de { $total }: { $name }
part-1 = Sobre si
part-2 = Os seus planos
part-3 = Os seus documentos
part-4 = A sua segurança
part-5 = A sua vida aqui e no seu país
q-countries-host-set = Este serviço é para pessoas que estão em { $country }.
results-summary = Comece aqui
results-who = Quem pode ajudar
results-why-everyone = Todas as pessoas veem esta opção. Um conselheiro pode ajudar em qualquer pergunta.
results-why-general = Aparece por causa da situação que descreveu.
cite-read = consultado em { $date }
contact-hours-always = Aberto todos os dias, de dia e de noite
contact-languages = Línguas: { $list }
results-second-lang = Segunda língua na folha impressa (para um conselheiro ou um funcionário)
results-second-none = Nenhuma
restart-confirm-title = Recomeçar?
restart-confirm-text = Isto apaga todas as respostas neste dispositivo. Não as poderá recuperar.
btn-restart-yes = Sim, apagar as minhas respostas
btn-restart-no = Não, manter as minhas respostas
handout-title = As suas opções: um resumo para levar consigo
handout-made = Feito em { $date }. Regras em vigor a { $rules } ({ $pack }).
handout-answers = As suas respostas
handout-for-counsellor = A preencher pela organização ou pelo conselheiro
handout-organisation = Organização:
handout-counsellor = Conselheiro ou conselheira:
handout-contact = Telefone ou e-mail:
handout-notes = Notas:
handout-footer = Feito neste dispositivo. Não mostra nenhum nome nem nada que o identifique.
