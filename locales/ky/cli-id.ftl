# Personal numbers: kinds, rejections and warnings (the kezek id check command, later the forms).

personal-number-kind-iin = ЖСН (Казакстан)
personal-number-kind-pin = ПИН (Кыргызстан)
personal-number-error-length = { $expected } сан күтүлөт, { $actual } киргизилди
personal-number-error-not_a_digit = «{ $char }» белгиси сан эмес
personal-number-error-century_digit = кылым жана жыныс саны { $digit } 1ден 6га чейин болушу керек
personal-number-error-sex_digit = жыныс саны { $digit } 1 же 2 болушу керек
personal-number-error-birth_date = номердеги туулган күн жок күн
personal-number-error-check_digit = текшерүү разряды дал келбейт
personal-number-warning-birth_date_differs = номердеги туулган күн ({ $encoded }) документтегиден ({ $documented }) башка; текшерип, ырастаңыз
personal-number-warning-sex_differs = номердеги жыныс документтегиден башка; текшерип, ырастаңыз
cli-id-valid = { $input }: туура { $kind }, туулган күнү { $birth_date }, жынысы: { $sex }
cli-id-invalid = { $input }: номер туура эмес: { $reason }
