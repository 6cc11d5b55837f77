# Personal numbers: kinds, rejections and warnings (the kezek id check command, later the forms).

personal-number-kind-iin = ИИН (Казахстан)
personal-number-kind-pin = ПИН (Кыргызстан)
personal-number-error-length = ожидается { $expected } цифр, введено { $actual }
personal-number-error-not_a_digit = символ «{ $char }» не является цифрой
personal-number-error-century_digit = цифра века и пола { $digit } должна быть от 1 до 6
personal-number-error-sex_digit = цифра пола { $digit } должна быть 1 или 2
personal-number-error-birth_date = закодированная дата рождения не существует
personal-number-error-check_digit = не сходится контрольный разряд
personal-number-warning-birth_date_differs = дата рождения в номере ({ $encoded }) отличается от документа ({ $documented }); проверьте и подтвердите
personal-number-warning-sex_differs = пол в номере отличается от документа; проверьте и подтвердите
cli-id-valid = { $input }: верный { $kind }, дата рождения { $birth_date }, пол: { $sex }
cli-id-invalid = { $input }: неверный номер: { $reason }
