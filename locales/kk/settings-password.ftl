# Баптаулар → құпиясөзді ауыстыру.

settings-password-title = Құпиясөзді ауыстыру
settings-password-current = Ағымдағы құпиясөз
settings-password-new = Жаңа құпиясөз
settings-password-repeat = Жаңа құпиясөзді қайталаңыз
settings-password-submit = Құпиясөзді ауыстыру
settings-password-hint = Кемінде { $min } таңба. Құпиясөз серверде ауыстырылады; басқа құрылғылардағы сеанстар аяқталады, ал осы компьютерде жаңа құпиясөз қолданбаны байланыссыз да ашады.
settings-password-done = Құпиясөз ауыстырылды.
settings-password-mismatch = Жаңа құпиясөз бен қайталауы сәйкес емес.
settings-password-too-short = Жаңа құпиясөз кемінде { $min } таңбадан тұруы керек.
settings-password-current-required = Ағымдағы құпиясөзді енгізіңіз.
settings-password-wrong-current = Ағымдағы құпиясөз қате.
settings-password-offline = Құпиясөзді тек сервермен байланыс болғанда ауыстыруға болады. Қосылымды тексеріп, қайталаңыз.

history-action-password_changed = Құпиясөз ауыстырылды
