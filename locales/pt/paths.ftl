## As vias que um resultado pode mostrar: path-<id>-title, -what (o que significa e oferece), -next (o próximo passo).
## Depois, os bloqueios (porque uma via é mostrada apenas para informação) e os avisos.

path-asylum-referral-title = Asilo e proteção internacional
path-asylum-referral-what = Se tem medo de sofrer algum mal no seu país, pode ter direito a proteção aqui. Não é permitido mandar você de volta para um lugar onde a sua vida ou a sua liberdade corram perigo.
path-asylum-referral-next = Fale com um serviço de apoio a refugiados ou com o ACNUR antes de decidir qualquer coisa sobre a volta ao seu país.

path-trafficking-referral-title = Ajuda para pessoas controladas ou exploradas
path-trafficking-referral-what = O que nos contou pode ser um sinal de tráfico de pessoas ou de exploração. Há ajuda para a sua segurança, um lugar seguro para ficar, cuidados de saúde e aconselhamento jurídico.
path-trafficking-referral-next = Fale com um serviço de apoio a vítimas de tráfico ou com um conselheiro em quem confia. Em caso de perigo, ligue para o número de emergência.

path-child-protection-title = Proteção das crianças
path-child-protection-what = As crianças têm uma proteção especial. Qualquer decisão deve pôr em primeiro lugar o que é melhor para você, e deve haver um tutor para ajudar você.
path-child-protection-next = Peça a um serviço de proteção de crianças ou a um conselheiro que ajude você e o seu tutor.

path-safety-hold-title = Primeiro, a segurança no seu país
path-safety-hold-what = Pode haver agora uma crise no seu país. Voltar pode não ser seguro neste momento.
path-safety-hold-next = Pergunte a um conselheiro ou ao ACNUR qual é a situação no seu país antes de decidir.

path-torture-survivor-support-title = Apoio para sobreviventes de tortura e violência
path-torture-survivor-support-what = Serviços especializados ajudam pessoas que sofreram tortura ou ferimentos graves, com cuidados médicos e psicológicos.
path-torture-survivor-support-next = Peça a um conselheiro que faça o encaminhamento para um serviço para sobreviventes de tortura.

path-capacity-assessment-title = Apoio extra para decidir
path-capacity-assessment-what = Quando uma decisão pode ser difícil de tomar sem ajuda, uma pessoa com formação verifica se a escolha é livre e bem compreendida, e se há apoio.
path-capacity-assessment-next = Um conselheiro deve organizar esta verificação antes de qualquer decisão sobre a volta.

path-health-referral-title = Cuidados de saúde
path-health-referral-what = As suas necessidades de saúde vêm primeiro. Pode haver cuidados médicos disponíveis aqui, e a viagem pode precisar de apoio médico.
path-health-referral-next = Fale com um médico ou um serviço de saúde, e diga ao seu conselheiro de que cuidados precisa.

path-humanitarian-assistance-title = Ajuda urgente: abrigo, comida e cuidados
path-humanitarian-assistance-what = Se ficou sem dinheiro nem abrigo, organizações humanitárias podem ajudar com as necessidades básicas.
path-humanitarian-assistance-next = Fale com a OIM, a Cruz Vermelha ou o Crescente Vermelho, ou com uma organização de ajuda local.

path-gender-family-support-title = Apoio para você e a sua família
path-gender-family-support-what = Mulheres, crianças e famílias podem receber apoio extra, por exemplo para a saúde, a escola ou um lugar seguro para viver.
path-gender-family-support-next = Conte ao seu conselheiro do que a sua família precisa.

path-older-person-support-title = Apoio para pessoas idosas
path-older-person-support-what = As pessoas idosas podem receber ajuda extra com a saúde, a viagem e o rendimento.
path-older-person-support-next = Diga ao seu conselheiro de que ajuda precisa.

path-deadline-urgent-title = Pode ter um prazo
path-deadline-urgent-what = Uma ordem para sair do país costuma ter uma data. Alguns direitos e opções terminam depois dessa data.
path-deadline-urgent-next = Mostre a carta a um consultor jurídico o quanto antes.

path-legal-advice-title = Aconselhamento jurídico sobre a sua permanência
path-legal-advice-what = Um consultor jurídico pode analisar a sua situação e explicar os seus direitos. Muitas vezes há aconselhamento gratuito.
path-legal-advice-next = Fale com um serviço de apoio jurídico, uma organização de apoio a migrantes ou um advogado.

path-regularisation-title = Formas de ficar legalmente
path-regularisation-what = Alguns países têm formas de obter uma autorização para ficar, por exemplo depois de muitos anos, por razões de família, de trabalho ou de formação, ou por razões humanitárias. Dependem do país e das suas leis.
path-regularisation-next = Pergunte a um consultor jurídico que formas de ficar existem neste país e se alguma pode ser aplicável ao seu caso.

path-avrr-before-deadline-title = Retorno voluntário assistido antes da data de saída
path-avrr-before-deadline-what = Se quer voltar ao seu país, um programa de retorno voluntário assistido pode ajudar, muitas vezes só se fizer o pedido antes da data em que deve sair.
path-avrr-before-deadline-next = Pergunte em breve a um conselheiro de retorno ou à OIM, antes do fim do prazo.

path-avrr-title = Retorno voluntário assistido e reintegração (AVRR)
path-avrr-what = Programas como o da OIM podem ajudar as pessoas que escolhem voltar ao seu país: informação, viagem e apoio para recomeçar. A escolha é sua.
path-avrr-next = Pergunte a um conselheiro de retorno ou à OIM sobre o programa neste país.

path-avr-stranded-title = Retorno assistido para pessoas retidas no caminho
path-avr-stranded-what = Se não consegue sair de um país por onde está de passagem, a OIM pode ajudar a voltar ao seu país com segurança e dignidade.
path-avr-stranded-next = Fale com a OIM ou com uma organização humanitária neste país.

path-independent-return-title = Voltar ao seu país por conta própria
path-independent-return-what = Pode organizar a sua própria viagem. Verifique primeiro o que precisa: documentos, o que acontece às suas autorizações de residência e se há alguma proibição de voltar.
path-independent-return-next = Pergunte a um conselheiro ou ao seu consulado o que deve verificar antes de viajar.

path-labour-return-title = Voltar no fim de um contrato de trabalho
path-labour-return-what = Quando um contrato de trabalho termina, o seu empregador ou a agência podem ser obrigados a ajudar com a viagem e a pagar o que devem a você.
path-labour-return-next = Verifique o seu contrato e pergunte ao seu consulado ou a uma organização de trabalhadores.

path-voluntary-repatriation-title = Repatriação voluntária
path-voluntary-repatriation-what = Se fugiu de uma crise que já terminou, o ACNUR e a OIM podem ajudar pessoas refugiadas a voltar ao seu país quando for seguro e por livre escolha.
path-voluntary-repatriation-next = Fale com o ACNUR ou com um serviço de apoio a refugiados.

path-consular-documents-title = Documentos de viagem do seu consulado
path-consular-documents-what = Para viajar para o seu país, pode precisar de um passaporte novo ou de um documento de viagem de emergência do consulado do seu país.
path-consular-documents-next = Fale com o consulado ou a embaixada do seu país.

path-origin-reception-title = A chegada ao seu país
path-origin-reception-what = Serviços no seu país podem receber você quando chegar e ajudar nos primeiros dias: transporte, um lugar para ficar, cuidados de saúde.
path-origin-reception-next = Pergunte sobre os serviços de acolhimento antes de viajar, ou quando chegar.

path-reintegration-support-title = Ajuda para recomeçar no seu país
path-reintegration-support-what = Programas de reintegração podem ajudar com trabalho, formação, um pequeno negócio, saúde e apoio psicológico, para você e a sua comunidade.
path-reintegration-support-next = Pergunte à OIM ou aos serviços para migrantes do seu país sobre o apoio à reintegração.

path-virtual-engagement-title = Ajudar o seu país a partir do estrangeiro
path-virtual-engagement-what = Pode contribuir com os seus conhecimentos, fazer comércio ou investir no seu país sem voltar a viver lá, por exemplo através de programas para a diáspora.
path-virtual-engagement-next = Pergunte ao seu consulado ou a uma organização da diáspora sobre estes programas.

path-labour-channels-title = Formas legais de trabalhar no estrangeiro
path-labour-channels-what = Alguns países têm vias legais de trabalho e de formação, com visto. Usá-las protege contra a exploração.
path-labour-channels-next = Pergunte ao ministério do trabalho do seu país ou a uma agência de recrutamento aprovada por esse ministério. Nunca pague a um recrutador que não conhece.

path-free-movement-title = Livre circulação na América Central
path-free-movement-what = Os cidadãos destes países podem circular entre eles com um documento de identidade (o acordo CA-4): Guatemala, Honduras, El Salvador e Nicarágua.
path-free-movement-next = Pergunte ao serviço de migração ou ao seu consulado de que documento precisa.

path-counsellor-title = Falar com um conselheiro
path-counsellor-what = Um conselheiro pode ver cada opção com você, de forma confidencial, e ajudar a decidir. A decisão é sua.
path-counsellor-next = Fale com uma organização de apoio a migrantes, um serviço de apoio jurídico, a OIM ou o ACNUR.

## Bloqueios: porque uma via é mostrada apenas para informação.
hold-hold-pressure = disse que alguém faz pressão para que volte. A volta deve ser uma escolha livre sua.
hold-hold-child = tem menos de 18 anos e não está com o pai, a mãe ou um tutor. Antes da volta de uma criança, é preciso ver primeiro o que é melhor para ela.
hold-hold-crisis = pode haver agora uma crise no seu país.
hold-hold-protection = pode precisar de proteção. A sua segurança deve ser avaliada antes de qualquer volta.
hold-hold-origin-authorities = pode precisar de proteção. Contactar as autoridades do seu país (um consulado, uma embaixada ou um ministério) pode pôr em risco a sua segurança ou um pedido de proteção. Fale primeiro com um conselheiro.
hold-hold-trafficking = pode haver alguém que controla ou explora você. A sua segurança vem primeiro.
hold-hold-capacity = pode ser difícil tomar a decisão sem ajuda. Primeiro, é preciso verificar o apoio.
hold-ended = esta via terminou.
rank-return-wish = Disse que quer voltar ao seu país. Esta é uma forma de ficar que pode ser aplicável ao seu caso. É mostrada para que conheça os seus direitos antes de decidir.

## Avisos na página de resultados.
notice-return-and-stay-title = Fale com um conselheiro antes de pedir qualquer uma das duas coisas
notice-return-and-stay = Uma forma de ficar e a ajuda para voltar ao seu país podem ter efeito uma sobre a outra. Em alguns países, pedir o retorno assistido fecha vias para ficar por trabalho ou formação. Fale com um conselheiro antes de pedir qualquer uma das duas coisas.
notice-temporary-protection-return-title = Proteção temporária e regresso
notice-temporary-protection-return = Tem proteção temporária. Antes de decidir voltar, pergunte o que manteria ou perderia e se poderia regressar enquanto a proteção durar. Alguns países permitem antes uma visita curta ao seu país. Confirme com um conselheiro.
notice-pension-portability-title = A sua pensão e a segurança social
notice-pension-portability = Antes de sair, pergunte se pode manter os seus direitos de pensão ou de segurança social depois de sair do país.
notice-reentry-loss-title = Voltar mais tarde
notice-reentry-loss = Sair pode afetar o seu direito de voltar, por exemplo com uma proibição de entrada. Pergunte a um consultor jurídico antes de ir.
notice-information-first-title = Informe-se primeiro
notice-information-first = Disse que não tem toda a informação de que precisa. Tem direito a informação completa e clara antes de decidir.
notice-decision-is-theirs-title = A decisão é da própria pessoa
notice-decision-is-theirs = Como pessoa que ajuda, dê informação e apoio, mas deixe a pessoa decidir livremente.
notice-remigration-safety-title = Se pensa em partir de novo
notice-remigration-safety = As viagens irregulares são perigosas. Pergunte primeiro sobre formas legais de trabalhar ou estudar no estrangeiro.
