# The portal's e-mails to parents: the address confirmation code and the voucher application's receipt (plain text).
intake-code-subject = Confirmation code: { $code }
intake-code-body = Hello! Your code to confirm the e-mail address of your application for voucher funding of preschool education is { $code }. It is valid for { $minutes } min.
intake-code-ignore = If you did not ask for a code, simply ignore this e-mail.
intake-submitted-subject = Application { $application } received
intake-submitted-body = Hello! Your application { $application } for voucher funding of preschool education for { $child } has been received and passed to the commission for review.
intake-cabinet-new = To sign in to your parent's account: login — { $login } (your personal number), password — { $password }. The password is shown only in this e-mail: keep it somewhere safe.
intake-cabinet-existing = The application was added to your parent's account (login — { $login }); your password is unchanged.
intake-decision-later = The commission's decision will be sent separately and shown in your personal account.
