## As vias e os avisos que os pacotes de país acrescentam (src/rules/packs/<cc>.json).
## Para cada via: path-<id>-title, -what (o que é e o que oferece, as condições em palavras simples), -next (o próximo passo).
## Todas as vias aqui “podem ser aplicáveis”: nenhuma é uma decisão. Nunca acrescentar valores de apoios.
## Os nomes de autoridades e programas vêm dos `names` do pacote e são mostrados tal como estão.

## Alemanha (de)

path-regularisation-de-sustained-integration-title = Uma autorização para pessoas que se estabeleceram na Alemanha (§ 25b)
path-regularisation-de-sustained-integration-what = Se tem uma Duldung e vive há muitos anos na Alemanha, pode ser aplicável uma autorização de residência para pessoas que se estabeleceram no país. Em geral, precisa de 6 anos aqui (4 anos se vive com o seu filho ou a sua filha menor de 18 anos), de algum alemão (nível A2) e de ganhar a maior parte do seu sustento com o seu trabalho. Se uma doença, uma deficiência ou a idade não permitem que trabalhe, a condição do trabalho não se aplica. Confirme com um conselheiro.
path-regularisation-de-sustained-integration-next = Peça a um serviço de aconselhamento para migrantes (Migrationsberatung) ou a um conselho para refugiados (Flüchtlingsrat) que verifique as condições com você antes de fazer o pedido no serviço de estrangeiros (Ausländerbehörde).

path-regularisation-de-young-people-title = Uma autorização para jovens que se estabeleceram na Alemanha (§ 25a)
path-regularisation-de-young-people-what = Jovens entre 14 e 26 anos podem obter uma autorização de residência depois de 3 anos na Alemanha e de pelo menos 12 meses com uma Duldung, em geral com 3 anos de escola aqui ou com um diploma escolar ou profissional obtido aqui. Deve fazer o pedido antes de fazer 27 anos. Confirme com um conselheiro.
path-regularisation-de-young-people-next = Peça a um serviço de migração para jovens (Jugendmigrationsdienst) ou a um serviço de aconselhamento que verifique isto com você. Faça o pedido antes de fazer 27 anos.

path-regularisation-de-training-title = Ficar para fazer uma formação profissional (§ 16g, § 60c)
path-regularisation-de-training-what = Se faz, ou vai começar em breve, uma formação profissional reconhecida (Ausbildung), pode ser aplicável uma Duldung ou uma autorização de residência durante a formação, também se a começou durante o seu processo de asilo. As pessoas de alguns países estão excluídas. Confirme com um conselheiro.
path-regularisation-de-training-next = Peça a um serviço de aconselhamento e à sua empresa de formação que ajudem você a fazer o pedido no serviço de estrangeiros (Ausländerbehörde). Faça isso cedo, e antes de dar qualquer passo para sair da Alemanha.

path-regularisation-de-employment-toleration-title = Uma Duldung para pessoas que trabalham (§ 60d)
path-regularisation-de-employment-toleration-what = Se chegou à Alemanha até dezembro de 2022, tem uma Duldung há 12 meses e há 12 meses vive de um emprego com segurança social de pelo menos 20 horas por semana, pode ser aplicável uma Duldung por emprego; também precisa de algum alemão (nível A2). Mais tarde, pode levar a uma autorização de residência. Confirme com um conselheiro.
path-regularisation-de-employment-toleration-next = Peça a um serviço de aconselhamento que verifique com você o seu contrato de trabalho e os seus recibos de salário antes de fazer o pedido no serviço de estrangeiros (Ausländerbehörde).

path-regularisation-de-humanitarian-title = Uma autorização quando não pode sair do país (§ 25 Abs. 5)
path-regularisation-de-humanitarian-what = Se não pode sair da Alemanha por razões que não são culpa sua, por exemplo uma doença longa ou não haver forma de obter documentos de viagem, pode ser aplicável uma autorização de residência por razões humanitárias. Em geral, deve ser dada quando a sua expulsão está suspensa há 18 meses. Confirme com um conselheiro.
path-regularisation-de-humanitarian-next = Pergunte a um consultor jurídico ou a um conselho para refugiados (Flüchtlingsrat) se as suas razões contam, antes de fazer o pedido no serviço de estrangeiros (Ausländerbehörde).

path-regularisation-de-family-title = Uma autorização por razões familiares
path-regularisation-de-family-what = Se o seu marido, a sua esposa, o seu companheiro ou companheira, ou o seu filho ou filha, tem nacionalidade alemã ou vive na Alemanha com uma autorização de residência, pode ser aplicável uma autorização de residência por razões familiares. A lei tem regras especiais para o pai ou a mãe que cuida de uma criança alemã menor de 18 anos. Confirme com um conselheiro.
path-regularisation-de-family-next = Pergunte a um serviço de aconselhamento para migrantes (Migrationsberatung) que regra familiar se aplica ao seu caso e de que documentos precisa.

path-regularisation-de-hardship-commission-title = A comissão para casos de dificuldade extrema do seu estado (§ 23a)
path-regularisation-de-hardship-commission-what = Cada estado alemão (Land) pode ter uma comissão para casos de dificuldade extrema, que pode pedir que uma pessoa obrigada a sair do país receba uma autorização de residência por causa de circunstâncias pessoais muito difíceis. Não é um direito que possa exigir, e em geral só se tenta quando não há outra via aberta. Pode ser aplicável ao seu caso.
path-regularisation-de-hardship-commission-next = Pergunte a um serviço de aconselhamento ou a um conselho para refugiados (Flüchtlingsrat) se deve levar o seu caso à comissão para casos de dificuldade extrema (Härtefallkommission) do seu estado.

path-regularisation-de-opportunity-residence-title = Chancen-Aufenthaltsrecht (esta via terminou)
path-regularisation-de-opportunity-residence-what = Era uma autorização de residência de teste para pessoas que, em 31 de outubro de 2022, viviam na Alemanha há 5 anos com uma Duldung ou com outra situação legal. Os novos pedidos terminaram em 31 de dezembro de 2025. Quem já a tem só pode prolongá-la como autorização para jovens (§ 25a) ou para pessoas que se estabeleceram no país (§ 25b).
path-regularisation-de-opportunity-residence-next = Se tem esta autorização, pergunte em breve a um serviço de aconselhamento como passar para uma autorização do § 25a ou do § 25b. Se não tem, pergunte pelas outras formas de ficar mostradas aqui.

notice-de-return-application-closes-routes-title = Antes de pedir o retorno assistido
notice-de-return-application-closes-routes = Na Alemanha, pedir um retorno pago pelo Estado pode contar como um passo para sair do país. Pode fechar o caminho para uma Duldung para formação (Ausbildungsduldung). Fale com um conselheiro antes de pedir qualquer uma das duas coisas.

## Portugal (pt)

path-regularisation-pt-parent-of-child-title = Uma autorização de residência como pai ou mãe de uma criança que vive em Portugal
path-regularisation-pt-parent-of-child-what = Se tem um filho ou filha menor de 18 anos que vive em Portugal ou tem nacionalidade portuguesa, e cuida da criança e paga aquilo de que ela precisa, pode ser aplicável uma autorização de residência sem visto. Confirme com um conselheiro.
path-regularisation-pt-parent-of-child-next = Peça a um serviço de apoio a migrantes ou a um advogado que verifique os seus documentos com você, e depois faça o pedido à AIMA.

path-regularisation-pt-grew-up-here-title = Uma autorização de residência para pessoas que cresceram em Portugal
path-regularisation-pt-grew-up-here-what = Se nasceu em Portugal, ou vive aqui desde antes dos 10 anos, pode ser aplicável uma autorização de residência sem visto. As crianças nascidas aqui que ficaram e frequentam a escola aqui também a podem obter, e os seus pais também. Confirme com um conselheiro.
path-regularisation-pt-grew-up-here-next = Pergunte a um serviço de apoio a migrantes ou a um advogado que documentos provam os seus anos em Portugal, e depois faça o pedido à AIMA.

path-regularisation-pt-health-title = Uma autorização de residência por causa de uma doença longa
path-regularisation-pt-health-what = Se tem uma doença que precisa de cuidados médicos prolongados e que impede a sua volta, pode ser aplicável uma autorização de residência sem visto. Vai precisar de relatórios médicos. Confirme com um conselheiro.
path-regularisation-pt-health-next = Peça ao seu médico um relatório médico, e a um serviço de apoio a migrantes ou a um advogado que ajude você a fazer o pedido à AIMA.

path-regularisation-pt-family-title = Uma autorização de residência por razões familiares
path-regularisation-pt-family-what = Se um familiar próximo tem nacionalidade portuguesa ou vive em Portugal com autorização de residência, pode ser aplicável uma autorização por razões familiares. As regras do reagrupamento familiar mudaram em outubro de 2025, com novos tempos de espera e algumas exceções. Confirme com um conselheiro.
path-regularisation-pt-family-next = Pergunte a um serviço de apoio a migrantes ou a um advogado que regra familiar se aplica hoje ao seu caso.

path-regularisation-pt-exceptional-title = Uma autorização especial por razões humanitárias (artigo 123)
path-regularisation-pt-exceptional-what = Em casos fora do comum, por razões humanitárias ou de interesse público, o governo pode dar uma autorização de residência a uma pessoa que não cumpre as condições habituais. Não é um direito, e cada caso é decidido individualmente. Pode ser aplicável ao seu caso.
path-regularisation-pt-exceptional-next = Pergunte a um advogado ou a uma organização de apoio a migrantes se deve pedir isto à AIMA, e o que deve mostrar.

path-regularisation-pt-expression-of-interest-title = Manifestação de interesse (esta via terminou)
path-regularisation-pt-expression-of-interest-what = Até junho de 2024, as pessoas que trabalhavam em Portugal sem visto de residência podiam pedir uma autorização através de uma “manifestação de interesse”. Esta via está fechada a novos pedidos desde 4 de junho de 2024. Os pedidos feitos antes dessa data não foram cancelados.
path-regularisation-pt-expression-of-interest-next = Se fez o pedido antes de junho de 2024, pergunte à AIMA ou a um advogado sobre o seu processo. Se não, pergunte a um conselheiro sobre as outras formas de ficar mostradas aqui.

## Espanha (es)

path-regularisation-es-second-chance-title = Arraigo de segunda oportunidad (uma segunda oportunidade)
path-regularisation-es-second-chance-what = Se já teve uma autorização de residência em Espanha e não foi possível renová-la, e agora vive aqui há 2 anos seguidos, pode ser aplicável esta autorização. As autorizações anteriores dadas por “circunstancias excepcionales” não contam. Confirme com um conselheiro.
path-regularisation-es-second-chance-next = Peça a uma organização de apoio a migrantes ou a um advogado de imigração (abogado de extranjería) que verifique a sua autorização antiga e os seus 2 anos, e depois faça o pedido no serviço de imigração (Oficina de Extranjería).

path-regularisation-es-sociolaboral-title = Arraigo sociolaboral (através de um trabalho)
path-regularisation-es-sociolaboral-what = Se vive em Espanha há 2 anos seguidos e tem um contrato de trabalho assinado (ou mais de um), pode ser aplicável esta autorização; o trabalho informal, sozinho, não basta. O tempo como requerente de asilo não conta para os 2 anos, e não pode fazer o pedido enquanto tiver um pedido de asilo em aberto. Confirme com um conselheiro.
path-regularisation-es-sociolaboral-next = Peça a uma organização de apoio a migrantes ou a um advogado de imigração que verifique o contrato e as suas provas dos 2 anos, e depois faça o pedido no serviço de imigração (Oficina de Extranjería).

path-regularisation-es-social-title = Arraigo social (através da família ou da integração)
path-regularisation-es-social-what = Se vive em Espanha há 2 anos seguidos, esta autorização pode ser aplicável quando tem familiares próximos que vivem legalmente em Espanha, ou um relatório de integração do seu município ou da sua região, e meios suficientes para viver. O tempo como requerente de asilo não conta para os 2 anos. Confirme com um conselheiro.
path-regularisation-es-social-next = Pergunte no seu município (ayuntamiento) ou a uma organização de apoio a migrantes sobre o relatório de integração, e peça a um advogado de imigração que verifique o resto.

path-regularisation-es-socioformativo-title = Arraigo socioformativo (através de uma formação)
path-regularisation-es-socioformativo-what = Se vive em Espanha há 2 anos seguidos e tem matrícula num curso reconhecido, ou pediu essa matrícula (por exemplo, formação profissional ou educação de adultos), pode ser aplicável esta autorização. Confirme com um conselheiro.
path-regularisation-es-socioformativo-next = Pergunte a uma organização de apoio a migrantes que cursos contam, e depois faça o pedido no serviço de imigração (Oficina de Extranjería).

path-regularisation-es-spanish-family-title = Uma autorização para familiares de cidadãos espanhóis
path-regularisation-es-spanish-family-what = Se o seu marido, a sua esposa, o seu companheiro ou companheira, ou o seu filho ou filha, tem nacionalidade espanhola, pode ser aplicável uma autorização de residência para familiares de cidadãos espanhóis. Inclui o pai ou a mãe de uma criança espanhola menor de 18 anos. Se o seu familiar tem uma autorização mas não tem nacionalidade espanhola, esta via não é para si; pergunte pelas outras vias mostradas aqui. Confirme com um conselheiro.
path-regularisation-es-spanish-family-next = Pergunte a uma organização de apoio a migrantes ou a um advogado de imigração que documentos provam a relação familiar, e depois faça o pedido no serviço de imigração (Oficina de Extranjería).

path-regularisation-es-family-roots-title = Arraigo familiar (pai ou mãe de uma criança de outro país da UE)
path-regularisation-es-family-roots-what = Se é pai, mãe ou tutor de uma criança menor de 18 anos que vive em Espanha e é cidadã de outro país da UE, ou da Noruega, da Islândia, do Liechtenstein ou da Suíça, esta autorização pode ser aplicável sem tempo mínimo em Espanha; também pode ser aplicável se cuida de um cidadão destes países que tenha uma deficiência. Não pode fazer o pedido enquanto tiver um pedido de asilo em aberto. Confirme com um conselheiro.
path-regularisation-es-family-roots-next = Peça a uma organização de apoio a migrantes ou a um advogado de imigração que verifique os documentos, e depois faça o pedido no serviço de imigração (Oficina de Extranjería).

path-regularisation-es-humanitarian-title = Uma autorização por razões humanitárias
path-regularisation-es-humanitarian-what = Pode ser aplicável uma autorização por razões humanitárias se tem uma doença grave que começou em Espanha e precisa de cuidados que não pode ter no seu país, ou se um tribunal reconheceu de forma definitiva que é vítima de certos crimes, ou se o Ministério do Interior permitiu que ficasse por razões humanitárias depois de um pedido de asilo. Confirme com um conselheiro.
path-regularisation-es-humanitarian-next = Pergunte a um consultor jurídico ou a uma organização de apoio a refugiados de que documentos precisa, por exemplo um relatório médico do serviço de saúde.

path-regularisation-es-statelessness-title = Reconhecimento como pessoa apátrida
path-regularisation-es-statelessness-what = Se nenhum país considera você como seu cidadão, pode pedir à Oficina de Asilo y Refugio que reconheça que é apátrida. O reconhecimento pode dar a você o direito de ficar em Espanha. Confirme com um conselheiro.
path-regularisation-es-statelessness-next = Peça a uma organização de apoio a refugiados ou a um advogado que ajude você a preparar o pedido à Oficina de Asilo y Refugio.

notice-es-return-no-return-commitment-title = Antes de aderir a um programa de retorno assistido
notice-es-return-no-return-commitment = Um programa de retorno pode pedir que assine um compromisso de não voltar a Espanha durante algum tempo. Enquanto esse compromisso estiver em vigor, não pode obter uma autorização de arraigo. Pergunte ao conselheiro o que iria assinar antes de decidir.
