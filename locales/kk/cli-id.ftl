# Personal numbers: kinds, rejections and warnings (the kezek id check command, later the forms).

personal-number-kind-iin = ЖСН (Қазақстан)
personal-number-kind-pin = ПИН (Қырғызстан)
personal-number-error-length = { $expected } цифр күтіледі, { $actual } енгізілді
personal-number-error-not_a_digit = «{ $char }» таңбасы цифр емес
personal-number-error-century_digit = ғасыр мен жыныс цифры { $digit } 1-ден 6-ға дейін болуы керек
personal-number-error-sex_digit = жыныс цифры { $digit } 1 немесе 2 болуы керек
personal-number-error-birth_date = нөмірдегі туған күн жоқ күн
personal-number-error-check_digit = бақылау разряды сәйкес келмейді
personal-number-warning-birth_date_differs = нөмірдегі туған күн ({ $encoded }) құжаттағыдан ({ $documented }) өзгеше; тексеріп, растаңыз
personal-number-warning-sex_differs = нөмірдегі жыныс құжаттағыдан өзгеше; тексеріп, растаңыз
cli-id-valid = { $input }: дұрыс { $kind }, туған күні { $birth_date }, жынысы: { $sex }
cli-id-invalid = { $input }: нөмір қате: { $reason }
