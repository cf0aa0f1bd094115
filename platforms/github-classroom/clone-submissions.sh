#!/usr/bin/env bash
# Fetches a class's submissions for `./grade.sh --batch` (grade-class.yml runs it; see README.md,
# "GitHub Classroom"). Lists the students' repositories, from a roster file (one owner/repo a
# line; blank lines and # comments are skipped) or as the repositories of an organization whose
# name starts with the assignment's prefix, clones each (shallow, its default branch) with the
# GitHub CLI and keeps only Starter/Initializers.cs, as SUBMISSIONS_DIR/<repository name>/Initializers.cs.
#
#   clone-submissions.sh --out SUBMISSIONS_DIR --roster FILE [options]
#   clone-submissions.sh --out SUBMISSIONS_DIR --org ORG --prefix PREFIX [--exclude OWNER/NAME] [options]
#   options: [--report FILE] [--not-cloned FILE] [--jobs N]
#
# gh reads its token from GH_TOKEN, which must be able to read the students' repositories.
# A repository that cannot be cloned does not stop the others: it gets no folder (so no row in
# the gradebook) and is listed in --not-cloned (owner/repo, a tab, the reason) and in --report
# (Markdown for the job summary). A repository without a regular file Starter/Initializers.cs
# gets an empty folder, which the grader scores 0 as not gradable, saying what is missing.
# The student's file is read from git's objects, never through the checkout, so a symbolic link
# in a student's repository cannot make it copy a file of the grading machine.
#
# Exit codes: 0 at least one repository was cloned (the others are in the report), 1 nothing to
# grade (the list could not be made, was empty, or no repository could be cloned), 2 usage error.
set -uo pipefail

usage() {
    echo "usage: $0 --out SUBMISSIONS_DIR (--roster FILE | --org ORG --prefix PREFIX [--exclude OWNER/NAME]) [--report FILE] [--not-cloned FILE] [--jobs N]" >&2
    exit 2
}

out="" roster="" org="" prefix="" exclude="" report="" not_cloned="" jobs=4
clone_timeout="${CLONE_TIMEOUT_SECONDS:-300}"
while [ $# -gt 0 ]; do
    [ $# -ge 2 ] || usage
    case "$1" in
        --out) out="$2" ;;
        --roster) roster="$2" ;;
        --org) org="$2" ;;
        --prefix) prefix="$2" ;;
        --exclude) exclude="$2" ;;
        --report) report="$2" ;;
        --not-cloned) not_cloned="$2" ;;
        --jobs) jobs="$2" ;;
        *) usage ;;
    esac
    shift 2
done
[ -n "$out" ] || usage
if [ -n "$roster" ] && [ -n "$prefix$org" ]; then
    echo "clone-submissions: give either --roster or --org with --prefix, not both" >&2
    usage
fi
if [ -z "$roster" ] && { [ -z "$org" ] || [ -z "$prefix" ]; }; then
    echo "clone-submissions: give --roster FILE, or --org ORG and --prefix PREFIX" >&2
    usage
fi
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || usage

if [ -e "$out" ] && [ -n "$(ls -A "$out" 2>/dev/null)" ]; then
    echo "clone-submissions: $out is not empty; give a new folder" >&2
    exit 2
fi
mkdir -p "$out" || exit 1
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT

# The list: owner/repo lines, each once, in the roster's (or the listing's sorted) order.
repos=()
declare -A seen_line=() owner_of_name=()
invalid=()
if [ -n "$roster" ]; then
    source_text="the roster \`$roster\`"
    if [ ! -f "$roster" ]; then
        echo "clone-submissions: there is no roster file '$roster'" >&2
        exit 1
    fi
    while IFS= read -r line || [ -n "$line" ]; do
        line="${line%%#*}"
        line="${line//$'\r'/}"
        line="${line#"${line%%[![:space:]]*}"}"
        line="${line%"${line##*[![:space:]]}"}"
        [ -n "$line" ] || continue
        if [[ ! "$line" =~ ^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9_][A-Za-z0-9._-]*$ ]]; then
            invalid+=("$line")
            continue
        fi
        [ -z "${seen_line[$line]:-}" ] || continue
        seen_line[$line]=1
        repos+=("$line")
    done <"$roster"
else
    source_text="the repositories of \`$org\` whose name starts with \`$prefix\`"
    if ! names=$(gh repo list "$org" --json name --limit 1000 --jq '.[].name' 2>"$work/list.err"); then
        echo "clone-submissions: could not list the repositories of '$org' (is the token allowed to read them?):" >&2
        cat "$work/list.err" >&2
        exit 1
    fi
    listed=0
    while IFS= read -r name; do
        [ -n "$name" ] || continue
        listed=$((listed + 1))
        [[ "$name" == "$prefix"* ]] || continue
        [ "$org/$name" != "$exclude" ] || continue
        repos+=("$org/$name")
    done < <(printf '%s\n' "$names" | LC_ALL=C sort)
    if [ "$listed" -ge 1000 ]; then
        echo "::warning::$org has 1000 repositories or more and only the first 1000 were listed: some students may be missing; use a roster file"
    fi
fi

# One student id per repository name: the grader names students by their folder.
clone_list=()
taken=()
for repo in "${repos[@]}"; do
    name="${repo#*/}"
    if [ -n "${owner_of_name[$name]:-}" ]; then
        taken+=("$repo")
    else
        owner_of_name[$name]="${repo%%/*}"
        clone_list+=("$repo")
    fi
done

if [ ${#clone_list[@]} -eq 0 ]; then
    echo "clone-submissions: no repository to grade in $source_text" >&2
    [ ${#invalid[@]} -eq 0 ] || printf 'clone-submissions: not an owner/repo line: %s\n' "${invalid[@]}" >&2
    exit 1
fi

# Writes "ok", "missing" or "failed<TAB>reason" into $work/status/INDEX.
clone_one() {
    local index="$1" repo="$2" name="${2#*/}" clone="$work/clone.$1" mode reason
    if ! GIT_TERMINAL_PROMPT=0 timeout "$clone_timeout" gh repo clone "$repo" "$clone" -- --depth 1 --no-checkout --quiet >"$work/log.$index" 2>&1; then
        # What gh or git said, on one line and bounded.
        reason=$(grep -v '^[[:space:]]*$' "$work/log.$index" | tr -d '\r' | tr '\n' ' ' | cut -c1-300)
        reason="${reason% }"
        [ -n "$reason" ] || reason="the clone gave up after ${clone_timeout} s or failed without a message"
        printf 'failed\t%s\n' "$reason" >"$work/status/$index"
        rm -rf "$clone"
        return
    fi
    mkdir -p "$out/$name"
    # A regular file (not a link, not a folder) at exactly that path in the last commit.
    mode=$(git -C "$clone" ls-tree HEAD -- Starter/Initializers.cs 2>/dev/null | awk '{ print $1, $2 }')
    if { [ "$mode" = "100644 blob" ] || [ "$mode" = "100755 blob" ]; } &&
        git -C "$clone" cat-file blob HEAD:Starter/Initializers.cs >"$out/$name/Initializers.cs"; then
        echo ok >"$work/status/$index"
    else
        rm -f "$out/$name/Initializers.cs"
        echo missing >"$work/status/$index"
    fi
    rm -rf "$clone"
}

mkdir -p "$work/status"
echo "clone-submissions: cloning ${#clone_list[@]} repositories from $source_text, $jobs at a time"
running=0
for index in "${!clone_list[@]}"; do
    clone_one "$index" "${clone_list[$index]}" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

cloned=() missing=() failed=() failed_reasons=()
for index in "${!clone_list[@]}"; do
    repo="${clone_list[$index]}"
    status=$(cat "$work/status/$index" 2>/dev/null || printf 'failed\tthe clone did not report back')
    case "$status" in
        ok) cloned+=("$repo") ;;
        missing) cloned+=("$repo") missing+=("$repo") ;;
        *) failed+=("$repo") failed_reasons+=("${status#failed$'\t'}") ;;
    esac
done
for repo in "${taken[@]}"; do
    failed+=("$repo") failed_reasons+=("another repository of the list, ${owner_of_name[${repo#*/}]}/${repo#*/}, has the same name (students are named by their repository's name)")
done
for line in "${invalid[@]}"; do
    failed+=("$line") failed_reasons+=("not an owner/repo line of the roster")
done

if [ -n "$not_cloned" ]; then
    mkdir -p "$(dirname "$not_cloned")"
    : >"$not_cloned"
    for index in "${!failed[@]}"; do
        printf '%s\t%s\n' "${failed[$index]}" "${failed_reasons[$index]}" >>"$not_cloned"
    done
fi

summary="${#clone_list[@]} repositories from $source_text: ${#cloned[@]} cloned (${#missing[@]} of them without Starter/Initializers.cs), ${#failed[@]} not cloned."
echo "clone-submissions: $summary"
for index in "${!failed[@]}"; do
    echo "clone-submissions: not cloned: ${failed[$index]}: ${failed_reasons[$index]}"
done
if [ -n "$report" ]; then
    {
        echo "### Submissions"
        echo
        echo "$summary"
        if [ ${#failed[@]} -gt 0 ]; then
            echo
            echo "#### Not cloned: not graded, not in the gradebook"
            echo
            for index in "${!failed[@]}"; do
                echo "- \`${failed[$index]}\`: $(printf '%s' "${failed_reasons[$index]}" | tr -d '`')"
            done
        fi
        if [ ${#missing[@]} -gt 0 ]; then
            echo
            echo "#### Cloned without Starter/Initializers.cs: graded 0 (not gradable)"
            echo
            for repo in "${missing[@]}"; do
                echo "- \`$repo\`"
            done
        fi
        echo
    } >>"$report"
fi

if [ ${#cloned[@]} -eq 0 ]; then
    echo "clone-submissions: no repository could be cloned: check that the token can read them" >&2
    exit 1
fi
exit 0
