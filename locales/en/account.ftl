# Accounts: signing in to the server, the lock, user administration.

nav-users = Users

account-login-title = Sign in to the server
account-server-url = Server address
account-login = Login
account-password = Password
account-sign-in = Sign in
account-work-without-server = Work without a server
account-login-hint = The first sign-in needs the server. After that, the same password opens the app offline too.
account-locked-title = The app is locked
account-locked-user = { $name } ({ $login })
account-unlock = Unlock
account-unlock-remaining =
    { $count ->
        [one] { $count } attempt left, then you will have to wait.
       *[other] { $count } attempts left, then you will have to wait.
    }
account-unlock-wait = Next attempt in { $seconds } s.
account-lock = Lock
account-sign-out = Sign out
account-sign-out-confirm = Sign out? Signing in again needs a connection to the server.
account-server-title = Server
account-server-hint = The app now works without a server, on this computer's data. Enter the server's address to sign in with your account.
account-connect = Connect to a server
account-connected = Server { $server }, signed in as { $login }
account-lock-minutes = Lock after inactivity, minutes
account-lock-minutes-hint = Without keystrokes or mouse movement the app locks; your password opens it again.
account-lock-minutes-saved = Lock time saved.
account-save = Save

role-administrator = Administrator
role-operator = Operator
role-commission_secretary = Commission secretary
role-commission_chairman = Commission chairman
role-commission_member = Commission member
role-kindergarten_head = Kindergarten head
role-pmpk_specialist = PMPK specialist

scope-kind-system = Whole system
scope-kind-region = Region
scope-kind-district = District
scope-kind-commission = Commission
scope-kind-kindergarten = Kindergarten

users-title = Users
users-intro = Accounts within your scope. Changes are made on the server.
users-offline = The server does not answer. User administration works only when connected to the server.
users-col-login = Login
users-col-name = Full name
users-col-role = Role
users-col-scope = Scope
users-col-state = State
users-state-active = Active
users-state-disabled = Disabled
users-reset = Reset password
users-reset-confirm = Reset the password of { $login }? Their sessions on every device will end.
users-disable = Disable
users-disable-confirm = Disable the account { $login }? The user will no longer be able to sign in.
users-disabled = The account { $login } is disabled.
users-temporary-password = Temporary password of { $login }:
users-temporary-password-hint = The password is shown once. Pass it on to the user; once closed it cannot be seen again.
users-add-title = New user
users-personal-number = IIN/PIN (optional)
users-scope-kind = Level
users-add = Add

error-wrong_password =
    { $offline ->
        [true] Wrong password.
       *[other] Wrong login or password.
    }
error-too_many_attempts = Too many failed attempts. Try again in { $seconds } s.
error-account_disabled = The account is disabled. Contact your administrator.
error-server_unreachable = The server { $server } does not answer. Check the address and the network connection.
error-upgrade_needed = The app and the server versions do not match. Update Kezek or contact the server's administrator.
error-session_expired = The session on the server has ended. Sign out and sign in again while connected to the server.
error-server_error = The server answered with an error: { $detail }
error-sign_in_required = Sign in to the server to continue.
error-locked = The app is locked. Enter your password.
error-forbidden = You do not have the rights for this action.
error-conflict = The server refused the change: { $detail }

history-action-signed_in = Signed in
history-action-signed_out = Signed out
history-action-server_changed = Server address changed
history-action-lock_minutes_changed = Time before locking changed
