# E-mails the server sends to families (plain text).
mail-decision-subject = The commission's decision on application { $application }
mail-decision-approved = Hello! The commission on social issues has reviewed application { $application } for voucher funding of preschool education for { $child } and decided to grant the voucher (protocol No. { $protocol } of { $date }). You can follow the application's status in your personal account.
mail-decision-rejected = Hello! The commission on social issues has reviewed application { $application } for voucher funding of preschool education for { $child } and decided to refuse the voucher (protocol No. { $protocol } of { $date }). You can learn the application's status and the reasons in your personal account or at the education department.
mail-signature = Kind regards, Kezek — the preschool queue system.
# An application typed in at the office (sent when the family left an e-mail address).
mail-registered-subject = Application { $application } registered
mail-registered-body = Hello! Your application { $application } for voucher funding of preschool education for { $child } has been registered at the education department and passed to the commission for review.
mail-registered-decision-later = The commission's decision will be sent to this e-mail address. Keep the application's number for any enquiry at the education department.
