## Guatemala (gt) : les voies et l'avis de src/rules/packs/gt.json.
## Chaque voie ici « peut s'appliquer » : aucune n'est une décision. Ne jamais ajouter de montants d'aide.

path-gt-refugee-status-title = Le statut de réfugié au Guatemala (CONARE)
path-gt-refugee-status-what = Si vous craignez pour votre sécurité dans votre pays, vous pouvez demander au Guatemala le statut de réfugié. Vous pouvez le demander oralement ou par écrit. Une commission, la CONARE (Comisión Nacional para Refugiados), étudie votre dossier, et l'Autorité nationale des migrations (Autoridad Migratoria Nacional) décide. Pendant l'attente, vous pouvez recevoir un permis de séjour provisoire et un document d'identité spécial, et vous pouvez demander l'autorisation de travailler. Cela peut s'appliquer à vous. Vérifiez auprès d'un service de conseil.
path-gt-refugee-status-next = Demandez à un poste-frontière ou à l'Institut guatémaltèque des migrations (Instituto Guatemalteco de Migración, IGM), ou demandez l'aide du HCR (ACNUR). Si la réponse est non, vous avez 10 jours pour demander un réexamen (recurso de reposición).

path-gt-return-home-plan-title = De retour au Guatemala : le Plan Retorno al Hogar
path-gt-return-home-plan-what = Le gouvernement du Guatemala a un plan pour les personnes qui reviennent (Plan Retorno al Hogar). Au centre d'accueil des personnes de retour de l'Institut guatémaltèque des migrations (IGM), vous pouvez recevoir de la nourriture, des soins et un soutien psychologique si vous le demandez, et de l'aide pour prendre le bus vers votre communauté. Si vous arrivez tard et habitez loin, vous pouvez dormir dans un centre d'accueil pour migrants. Rejoindre le plan est votre choix : il peut vous orienter vers du travail, une formation, des soins et des papiers. Ce qu'il propose peut changer.
path-gt-return-home-plan-next = Demandez au centre d'accueil, ou au centre d'enregistrement du plan (Centro de Atención y Registro) dans la ville de Guatemala, quels services vous pouvez utiliser. Vous pouvez aussi demander à l'OIM une aide pour recommencer.

notice-gt-programmes-change-title = Les programmes changent
notice-gt-programmes-change = L'aide aux migrants bloqués au Guatemala, comme le retour volontaire assisté de l'OIM, dépend des financements : elle peut commencer, changer ou s'arrêter. Un de ces programmes n'a duré que jusqu'en octobre 2020. Demandez à l'OIM au Guatemala ce qui existe aujourd'hui avant de compter dessus.
