// a hand-written file is never touched
