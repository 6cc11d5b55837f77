//! The workflows of the seeds as state machines: `(state, command, now, calendar) ->
//! Result<(new state, events), DomainError>`.
