package app

// Wait blocks until the background work started so far (extraction) has
// finished and its result is shown. Tests call it; the app never needs to.
func (u *UI) Wait() { u.busy.Wait() }
