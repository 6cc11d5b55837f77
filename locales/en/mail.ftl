# E-mails the server sends to families (plain text).
mail-decision-subject = The commission's decision on application { $application }
mail-decision-approved = Hello! The commission on social issues has reviewed application { $application } for voucher funding of preschool education for { $child } and decided to grant the voucher (protocol No. { $protocol } of { $date }). You can follow the application's status in your personal account.
mail-decision-rejected = Hello! The commission on social issues has reviewed application { $application } for voucher funding of preschool education for { $child } and decided to refuse the voucher (protocol No. { $protocol } of { $date }). You can learn the application's status and the reasons in your personal account or at the education department.
mail-signature = Kind regards, Kezek — the preschool queue system.
