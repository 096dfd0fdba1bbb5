#!/bin/sh
# Runs each argument as a shell command, all at the same time, and fails if any of them fails:
# steps that each keep one core busy (svelte-check, Prettier, ESLint) share a 2-core CI machine
# instead of waiting for one another. Every command runs to its end, so each one's report shows.
pids=''
for command in "$@"; do
	sh -c "$command" &
	pids="$pids $!"
done
status=0
for pid in $pids; do
	wait "$pid" || status=1
done
exit $status
