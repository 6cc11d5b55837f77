# Settings → change of password.

settings-password-title = Change password
settings-password-current = Current password
settings-password-new = New password
settings-password-repeat = Repeat the new password
settings-password-submit = Change password
settings-password-hint = At least { $min } characters. The password changes on the server; sessions on other devices end, and on this computer the new password unlocks the app offline too.
settings-password-done = The password has been changed.
settings-password-mismatch = The new password and its repetition differ.
settings-password-too-short = The new password needs at least { $min } characters.
settings-password-current-required = Enter your current password.
settings-password-wrong-current = The current password is wrong.
settings-password-offline = The password can only be changed while the server is reachable. Check the connection and try again.

history-action-password_changed = Password changed
