# Feedback: messages to the system's developers and administrators.

nav-feedback = Feedback

feedback-title = Feedback
feedback-intro = Write to the system's developers and administrators: suggestions, remarks, bugs you found. You can write offline too — the message leaves with the next sync.
feedback-intro-local = No server is connected: messages are kept on this computer.
feedback-subject = Subject (optional)
feedback-message = Message
feedback-chars = { $count } of { $max }
feedback-send = Send
feedback-sent = The message is saved and will be sent with the next sync.
feedback-kept = The message is kept on this computer.
feedback-list-title = My messages
feedback-none = No messages yet.
feedback-no-subject = No subject
feedback-written = { $at }, { $by }
feedback-state-pending = Waiting to be sent
feedback-state-delivered = Delivered
feedback-state-rejected = Refused by the server
feedback-state-kept = Kept on this computer

feedback-error-message_required = Write a message.
feedback-error-message_too_long = The message is longer than { $max } characters.
feedback-error-subject_too_long = The subject is longer than { $max } characters.

history-action-feedback_written = Feedback message written
