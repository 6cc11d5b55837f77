# Жөндөөлөр → сырсөздү алмаштыруу.

settings-password-title = Сырсөздү алмаштыруу
settings-password-current = Учурдагы сырсөз
settings-password-new = Жаңы сырсөз
settings-password-repeat = Жаңы сырсөздү кайталаңыз
settings-password-submit = Сырсөздү алмаштыруу
settings-password-hint = Кеминде { $min } белги. Сырсөз серверде алмаштырылат; башка түзмөктөрдөгү сеанстар аяктайт, ал эми бул компьютерде жаңы сырсөз тиркемени байланышсыз да ачат.
settings-password-done = Сырсөз алмаштырылды.
settings-password-mismatch = Жаңы сырсөз менен кайталоосу дал келбейт.
settings-password-too-short = Жаңы сырсөз кеминде { $min } белгиден турушу керек.
settings-password-current-required = Учурдагы сырсөздү киргизиңиз.
settings-password-wrong-current = Учурдагы сырсөз туура эмес.
settings-password-offline = Сырсөздү сервер менен байланыш болгондо гана алмаштырууга болот. Туташууну текшерип, кайталаңыз.

history-action-password_changed = Сырсөз алмаштырылды
