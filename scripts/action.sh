#!/usr/bin/env bash
# The shell logic of the tfguard GitHub Action (action.yml), kept in a file
# so the test suite can run it.
#
#   action.sh install   build tfguard from the action's checkout unless it is on PATH
#   action.sh check     run tfguard check with the INPUT_* variables below
#
# Inputs (environment): INPUT_PLAN (required), INPUT_POLICY (paths separated
# by newlines or spaces), INPUT_TERRAFORM_DIR (Terraform folder), INPUT_ARGS
# (extra arguments, split on spaces), INPUT_SARIF (SARIF file to write).
# Outputs (appended to $GITHUB_OUTPUT): exit-code, and sarif-file only when
# tfguard wrote that file (an error, exit 2, writes none).
set -uo pipefail

case "${1:-}" in
  install)
    if command -v tfguard >/dev/null 2>&1; then
      echo "tfguard already installed: $(tfguard --version)"
      exit 0
    fi
    cargo install --locked --path "${GITHUB_ACTION_PATH:?}" || exit 2
    ;;
  check)
    plan=${INPUT_PLAN:-}
    if [ -z "$plan" ]; then
      echo "::error title=tfguard::the 'plan' input is required"
      exit 2
    fi
    sarif=${INPUT_SARIF:-tfguard.sarif}
    set -f # policy paths and extra arguments are split, never globbed
    args=(check -o github -o "sarif=$sarif")
    for policy in ${INPUT_POLICY:-}; do
      args+=(-p "$policy")
    done
    if [ -n "${INPUT_TERRAFORM_DIR:-}" ]; then
      args+=(--terraform-dir "$INPUT_TERRAFORM_DIR")
    fi
    # shellcheck disable=SC2206 # extra arguments are split on purpose
    extra=(${INPUT_ARGS:-})
    args+=("${extra[@]}" "$plan")
    # The action's own repository documents the version that runs: SARIF's
    # informationUri.
    if [ -n "${GITHUB_ACTION_REPOSITORY:-}" ] && [ -z "${TFGUARD_DOCS_URL:-}" ]; then
      export TFGUARD_DOCS_URL="${GITHUB_SERVER_URL:-https://github.com}/$GITHUB_ACTION_REPOSITORY/tree/${GITHUB_ACTION_REF:-HEAD}/docs"
    fi
    # A file left by an earlier run must not pass for this run's result.
    rm -f -- "$sarif"
    tfguard "${args[@]}"
    code=$?
    if [ -n "${GITHUB_OUTPUT:-}" ]; then
      {
        if [ -f "$sarif" ]; then
          echo "sarif-file=$sarif"
        fi
        echo "exit-code=$code"
      } >> "$GITHUB_OUTPUT"
    fi
    exit "$code"
    ;;
  *)
    echo "usage: action.sh install|check" >&2
    exit 2
    ;;
esac
