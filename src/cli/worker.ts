/** Placeholder: batch worker (issue 6). */
export {}
