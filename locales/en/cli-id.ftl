# Personal numbers: kinds, rejections and warnings (the kezek id check command, later the forms).

personal-number-kind-iin = IIN (Kazakhstan)
personal-number-kind-pin = PIN (Kyrgyzstan)
personal-number-error-length = { $expected } digits expected, { $actual } entered
personal-number-error-not_a_digit = the character “{ $char }” is not a digit
personal-number-error-century_digit = the century-and-sex digit { $digit } must be 1 to 6
personal-number-error-sex_digit = the sex digit { $digit } must be 1 or 2
personal-number-error-birth_date = the encoded birth date does not exist
personal-number-error-check_digit = the check digit does not match
personal-number-warning-birth_date_differs = the birth date in the number ({ $encoded }) differs from the document ({ $documented }); check and confirm
personal-number-warning-sex_differs = the sex in the number differs from the document; check and confirm
cli-id-valid = { $input }: valid { $kind }, born { $birth_date }, sex: { $sex }
cli-id-invalid = { $input }: invalid number: { $reason }
