//! `tfguard test`: Conftest's semantics and output, as Atlantis's built-in
//! policy check runs it (`conftest test -p <dir> <SHOWFILE> --no-color`).

use crate::common::*;

fn run(extra: &[&str]) -> (i32, String) {
    run_in(&fixture("conftest"), extra, &[])
}

/// `tfguard test EXTRA <lifecycle plan>` in `dir` with `env` set: the exit
/// code and stdout.
fn run_in(dir: &std::path::Path, extra: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let (code, stdout, _) = run_with_stderr(dir, extra, env);
    (code, stdout)
}

fn run_with_stderr(
    dir: &std::path::Path,
    extra: &[&str],
    env: &[(&str, &str)],
) -> (i32, String, String) {
    outcome(
        tfguard()
            .current_dir(dir)
            .envs(env.iter().copied())
            .arg("test")
            .args(extra)
            .arg(lifecycle_plan())
            .output()
            .unwrap(),
    )
}

#[test]
fn stdout_as_atlantis_reads_it() {
    let (code, text) = run(&["-p", "policy", "--no-color"]);
    assert_eq!(code, 1);
    let plan = lifecycle_plan().display().to_string();
    assert_eq!(
        text,
        format!(
            "WARN - {plan} - main - deletes\nFAIL - {plan} - main - terraform_data.db would be replaced\nEXCP - {plan} - main - data.main.exception[_][_] == \"public\"\n\n4 tests, 1 passed, 1 warning, 1 failure, 1 exception\n"
        )
    );
    let failure = regex::Regex::new(r#"([1-9][0-9]* failure|failures": \[)"#).unwrap();
    assert!(failure.is_match(&text));
    // The default policy folder is ./policy; a pipe gets no colours.
    let (_, piped) = run(&[]);
    assert_eq!(piped, text);
}

#[test]
fn json_and_exit_codes() {
    let (code, text) = run(&["-o", "json"]);
    assert_eq!(code, 1);
    let document: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(document[0]["namespace"], "main");
    assert_eq!(document[0]["successes"], 1);
    assert_eq!(
        document[0]["warnings"][0]["loc"],
        serde_json::json!({"file": "main.tf", "line": 3})
    );
    // Conftest adds the query that produced each result to its metadata.
    assert_eq!(
        document[0]["warnings"][0]["metadata"],
        serde_json::json!({"team": "x", "query": "data.main.warn_deletes"})
    );
    assert_eq!(
        document[0]["failures"][0]["metadata"],
        serde_json::json!({"query": "data.main.deny"})
    );
    assert!(document[0]["exceptions"][0].get("metadata").is_none());
    assert!(text.starts_with("[\n\t{\n\t\t\"filename\""));
    // 1 means findings fail, 2 an error, in every subcommand (Conftest's
    // --fail-on-warn exits 2 on failures).
    assert_eq!(run(&["--fail-on-warn"]).0, 1);
    assert_eq!(run(&["--no-fail"]).0, 0);
    let (code, text) = run(&["-n", "other", "--no-color"]);
    assert_eq!(code, 0);
    assert_eq!(
        text,
        "\n0 tests, 0 passed, 0 warnings, 0 failures, 0 exceptions\n"
    );
}

#[test]
fn ci_outputs_on_a_real_plan() {
    let plan = lifecycle_plan().display().to_string();
    let (code, tap) = run(&["-o", "tap"]);
    assert_eq!(code, 1);
    assert_eq!(
        tap,
        format!(
            "1..4\nnot ok 1 - {plan} - main - terraform_data.db would be replaced\n# warnings\nnot ok 2 - {plan} - main - deletes\n# exceptions\nok 3 - {plan} - main - data.main.exception[_][_] == \"public\"\n# successes\nok 4 - {plan} - main - SUCCESS\n"
        )
    );
    let (_, github) = run(&["-o", "github"]);
    assert!(github.contains("::warning file=main.tf,line=3::deletes\n"));
    assert!(
        github.ends_with("::endgroup::\n4 tests, 1 passed, 1 warning, 1 failure, 1 exception\n")
    );
    let (_, azure) = run(&["-o", "azuredevops"]);
    assert!(azure.contains(&format!(
        "##vso[task.logissue type=error] file={plan} --> terraform_data.db would be replaced\n"
    )));
    let (_, junit) = run(&["-o", "junit"]);
    assert!(
        junit.contains(r#"<testsuite tests="3" failures="2" time="0.000" name="conftest.main">"#),
        "{junit}"
    );
    let (_, table) = run(&["-o", "table"]);
    assert_eq!(table.lines().count(), 8, "{table}");
    assert!(table.contains("│ failure   │"), "{table}");
}

/// Conftest's precedence: flags, then `CONFTEST_*`, then `conftest.toml`.
#[test]
fn flags_from_conftest_toml_and_environment() {
    let folder = tempfile::tempdir().unwrap();
    let policy = fixture("conftest/policy");
    std::fs::write(
        folder.path().join("conftest.toml"),
        format!(
            "policy = {:?}\nno-color = true\nsuppress-exceptions = true\noutput = \"stdout\"\n",
            policy.display().to_string()
        ),
    )
    .unwrap();
    let test = |extra: &[&str], env: &[(&str, &str)]| run_in(folder.path(), extra, env);
    let (code, text) = test(&[], &[]);
    assert_eq!(code, 1);
    assert!(!text.contains("EXCP") && !text.contains('\u{1b}'), "{text}");
    assert!(text.ends_with("4 tests, 1 passed, 1 warning, 1 failure, 1 exception\n"));
    let (_, tap) = test(&[], &[("CONFTEST_OUTPUT", "tap")]);
    assert!(tap.starts_with("1..4\n"), "{tap}");
    let (_, json) = test(&["-o", "json"], &[("CONFTEST_OUTPUT", "tap")]);
    assert!(json.starts_with('['), "{json}");
    let (code, _) = test(&[], &[("CONFTEST_NO_FAIL", "true")]);
    assert_eq!(code, 0);
    let (code, text) = test(&["-n", "other"], &[]);
    assert_eq!(
        (code, text.trim()),
        (0, "0 tests, 0 passed, 0 warnings, 0 failures, 0 exceptions")
    );

    std::fs::write(folder.path().join("conftest.toml"), "no-color = 'yes'\n").unwrap();
    let (code, _) = test(&[], &[]);
    assert_eq!(code, 2);
}

/// `-o sarif` on a real plan: Conftest's rules and levels, and valid against
/// the official SARIF 2.1.0 schema.
#[test]
fn sarif_on_a_real_plan_is_valid() {
    let (code, text) = run(&["-o", "sarif"]);
    assert_eq!(code, 1);
    let document: serde_json::Value = serde_json::from_str(&text).unwrap();
    let run = &document["runs"][0];
    let ids: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["main/deny", "main/warn", "main/allow"]);
    assert_eq!(run["invocations"][0]["exitCode"], 1);
    assert_eq!(
        run["results"][1]["locations"][0]["physicalLocation"]["region"],
        serde_json::json!({"startLine": 3, "endLine": 3})
    );
    if let Some(schema) = crate::sarif_schema::SarifSchema::load() {
        assert_eq!(schema.errors(&document), Vec::<String>::new());
    }
}

/// `--combine`: one `Combined` input of `{path, contents}` sorted by path.
#[test]
fn combine_tests_all_files_as_one_input() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("p.rego"),
        "package main\n\nimport rego.v1\n\ndeny contains sprintf(\"%d files, first %s, %s\", [count(input), input[0].path, input[1].contents.format_version]) if true\n",
    )
    .unwrap();
    let (a, b) = (lifecycle_plan(), fixture("plans/aws-starter.json"));
    let output = tfguard()
        .args(["test", "--combine", "--no-color", "-p"])
        .arg(folder.path())
        .arg(&b)
        .arg(&a)
        .output()
        .unwrap();
    let mut paths = [a.display().to_string(), b.display().to_string()];
    paths.sort();
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text.starts_with(&format!(
            "FAIL - Combined - main - 2 files, first {}, ",
            paths[0]
        )),
        "{text}"
    );
}

/// A policy folder in a temporary directory, and `tfguard test` run there
/// with its stdout and stderr.
struct Policies(tempfile::TempDir);

impl Policies {
    fn new(files: &[(&str, &str)]) -> Self {
        let folder = tempfile::tempdir().unwrap();
        std::fs::create_dir(folder.path().join("policy")).unwrap();
        for (name, text) in files {
            std::fs::write(folder.path().join("policy").join(name), text).unwrap();
        }
        Self(folder)
    }

    /// `tfguard test --no-color EXTRA <lifecycle plan>` in the folder.
    fn test(&self, extra: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
        let args: Vec<&str> = std::iter::once("--no-color")
            .chain(extra.iter().copied())
            .collect();
        run_with_stderr(self.0.path(), &args, env)
    }
}

const PRINTING: &str = r#"package main

deny contains rc.address if {
	some rc in input.resource_changes
	rc.change.actions == ["delete"]
	print("deleted:", rc.address)
}

warn contains "never" if {
	input.format_version == "0.0"
}
"#;

/// `print()` output leads the stdout output as `PRNT` lines; `--trace` writes
/// each query's trace to stderr and leaves stdout as it was.
#[test]
fn print_output_and_trace() {
    let policies = Policies::new(&[("main.rego", PRINTING)]);
    let (code, stdout, stderr) = policies.test(&[], &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stdout.starts_with("PRNT   policy/main.rego:6: deleted: terraform_data.legacy\n\nFAIL - "),
        "{stdout}"
    );
    assert!(stdout.ends_with("\n2 tests, 1 passed, 0 warnings, 1 failure, 0 exceptions\n"));
    assert_eq!(stderr, "");

    let plan = lifecycle_plan().display().to_string();
    let (code, traced, trace) = policies.test(&["--trace"], &[]);
    assert_eq!((code, &traced), (1, &stdout));
    assert!(
        trace.starts_with(&format!(
            "file: {plan} | query: data.main.exception[_][_] == \"deny\"\nTRAC   = 0\nfile: {plan} | query: data.main.deny\n"
        )),
        "{trace}"
    );
    for line in [
        "TRAC   policy/main.rego:5: rc.change.actions == [\"delete\"]\n",
        "TRAC   policy/main.rego:6: print(\"deleted:\", rc.address)\n",
        "TRAC   = [\"terraform_data.legacy\"]\n",
        &format!("file: {plan} | query: data.main.warn\n"),
        "TRAC   policy/main.rego:10: input.format_version == \"0.0\"\n",
        "TRAC   = []\n",
    ] {
        assert!(trace.contains(line), "{line} not in\n{trace}");
    }
    // From the environment too; with --quiet only failing queries are traced.
    let (_, _, from_env) = policies.test(&[], &[("CONFTEST_TRACE", "true")]);
    assert_eq!(from_env, trace);
    let (_, _, quiet) = policies.test(&["--trace", "--quiet"], &[]);
    assert_eq!(quiet.matches("file: ").count(), 1, "{quiet}");
    assert!(quiet.starts_with(&format!("file: {plan} | query: data.main.deny\n")));
}

/// `--strict`: OPA's strict-mode checks, with OPA's messages, fail the run
/// before anything is evaluated.
#[test]
fn strict_mode_rejects_what_opa_strict_mode_rejects() {
    let policies = Policies::new(&[(
        "main.rego",
        r#"package main

import data.lib.unused
import data.lib.helpers
import data.other.helpers

deny contains msg if {
	x := 1
	[a, b] := [1, 2]
	a == 1
	msg := helpers.message
}

warn contains "w" if {
	z := [v | some v in input.resource_changes; w := 2]
	count(z) > 100
}

f(arg, unused_arg) := arg

g(_, x) := x
"#,
    )]);
    // Without --strict, only what OPA rejects in any Rego v1 module.
    let (code, _, stderr) = policies.test(&[], &[]);
    assert_eq!(
        (code, stderr.as_str()),
        (
            2,
            "error: 1 error occurred: policy/main.rego:5: rego_compile_error: \
             import must not shadow import data.lib.helpers\n"
        )
    );
    let (code, stdout, stderr) = policies.test(&["--strict"], &[]);
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    assert_eq!(
        stderr,
        "error: 6 errors occurred: \
         policy/main.rego:3: rego_compile_error: import data.lib.unused unused; \
         policy/main.rego:5: rego_compile_error: import must not shadow import data.lib.helpers; \
         policy/main.rego:8: rego_compile_error: assigned var x unused; \
         policy/main.rego:9: rego_compile_error: assigned var b unused; \
         policy/main.rego:15: rego_compile_error: assigned var w unused; \
         policy/main.rego:19: rego_compile_error: unused argument unused_arg. (hint: use _ (wildcard variable) instead)\n"
    );
    let (code, _, _) = policies.test(&[], &[("CONFTEST_STRICT", "1")]);
    assert_eq!(code, 2);

    // Names as OPA resolves them: a bracket import binds its last segment,
    // and a package function shadows the deprecated built-in it is named after.
    let resolved = Policies::new(&[(
        "main.rego",
        "package main\n\nimport data.conftest[\"file\"]\n\nany(xs) if {\n\tsome x in xs\n\tx\n}\n\n\
         deny contains file.name if any([true])\n",
    )]);
    let (code, _, stderr) = resolved.test(&["--strict"], &[]);
    assert_eq!(code, 1, "{stderr}");

    // A deprecated built-in: rejected in Rego v1 always, as OPA does, and in
    // v0 under --strict; in v0 without it, it is OPA's net.cidr_contains.
    let overlap = "{\n\tnet.cidr_overlap(\"127.0.0.0/8\", \"127.0.0.1\")\n\
                   \tnet.cidr_overlap(\"127.0.0.0/24\", \"127.0.0.64/26\")\n\
                   \tnot net.cidr_overlap(\"127.0.0.0/24\", \"127.0.0.0/8\")\n}\n";
    let rejection = "policy/main.rego:4: rego_type_error: \
                     deprecated built-in function calls in expression: net.cidr_overlap";
    let v0 = Policies::new(&[(
        "main.rego",
        &format!("package main\n\ndeny[\"overlap\"] {overlap}"),
    )]);
    let (code, stdout, _) = v0.test(&["--rego-version", "v0"], &[]);
    assert_eq!(code, 1);
    assert!(stdout.contains(" - main - overlap\n"), "{stdout}");
    let (code, _, stderr) = v0.test(&["--rego-version", "v0", "--strict"], &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains(rejection), "{stderr}");
    let v1 = Policies::new(&[(
        "main.rego",
        &format!("package main\n\ndeny contains \"overlap\" if {overlap}"),
    )]);
    let (code, _, stderr) = v1.test(&[], &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with(&format!("error: 3 errors occurred: {rejection}; ")),
        "{stderr}"
    );
}

/// OPA rejects a `some` variable that is never used, strict mode or not.
#[test]
fn unused_some_declarations_are_errors_as_in_opa() {
    let policies = Policies::new(&[(
        "main.rego",
        "package main\n\ndeny contains \"x\" if {\n\tsome y\n\ttrue\n}\n",
    )]);
    let (code, _, stderr) = policies.test(&[], &[]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: 1 error occurred: policy/main.rego:4: rego_compile_error: declared var y unused\n"
    );
}

/// The shipped library and the Conftest fixture pass OPA's strict mode.
#[test]
fn our_own_policies_are_strict_clean() {
    let library = tfguard()
        .args(["verify", "--strict", "-p"])
        .arg(root().join("policies"))
        .output()
        .unwrap();
    let fixture = tfguard()
        .args(["test", "--strict", "--no-fail", "-p"])
        .arg(fixture("conftest/policy"))
        .arg(lifecycle_plan())
        .output()
        .unwrap();
    for output in [library, fixture] {
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// `-o github` through the binary: a `%` in a message comes out as Go's fmt
/// writes a format string with no arguments, and a `_loc` in another,
/// absolute file is made relative to the working folder.
#[test]
fn github_output_keeps_conftests_go_formatting() {
    let policies = Policies::new(&[(
        "main.rego",
        r#"package main

deny contains "disk at 100%" if true

warn contains {"msg": "50%% of %s", "_loc": {"file": data.other_file, "line": 4}} if true
"#,
    )]);
    let other_file = policies
        .0
        .path()
        .canonicalize()
        .unwrap()
        .join("modules/x.tf");
    std::fs::write(
        policies.0.path().join("data.json"),
        serde_json::json!({"other_file": other_file}).to_string(),
    )
    .unwrap();
    let (code, stdout, stderr) = policies.test(&["-o", "github", "-d", "data.json"], &[]);
    assert_eq!(code, 1, "{stderr}");
    let plan = lifecycle_plan().display().to_string();
    assert!(
        stdout.contains(&format!(
            "::error file={plan},line=1::disk at 100%!(NOVERB)\n"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("::warning file=modules/x.tf,line=4::50% of %!s(MISSING)\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "::warning file={plan},line=1::(ORIGINATING FROM modules/x.tf L4) 50% of %!s(MISSING)\n"
        )),
        "{stdout}"
    );
}

/// A broken input is one clear line and exit 2, never a pass.
#[test]
fn broken_inputs_are_one_line_errors() {
    let folder = tempfile::tempdir().unwrap();
    let broken = folder.path().join("broken.json");
    std::fs::write(&broken, "{\"resource_changes\": [}").unwrap();
    let output = tfguard()
        .args(["test", "-p"])
        .arg(fixture("conftest/policy"))
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        format!(
            "error: {}: invalid JSON: expected value at line 1 column 23\n",
            broken.display()
        )
    );
}

/// A result object without a string `msg` is an error, as in Conftest, never
/// a silent pass.
#[test]
fn results_without_msg_are_errors() {
    let policies = Policies::new(&[(
        "main.rego",
        "package main\n\ndeny contains {\"reason\": \"no msg\"} if true\n",
    )]);
    let (code, stdout, stderr) = policies.test(&[], &[]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!(
            "error: {}: evaluating data.main.deny: new result: \"msg\" field must be present and a string\n",
            lifecycle_plan().display()
        )
    );
}

/// A built-in error: `test` makes the call undefined and goes on, as
/// Conftest does; `--show-builtin-errors` and `check` stop (exit 2) naming
/// the built-in and its line.
#[test]
fn builtin_errors_follow_conftest_in_test_and_fail_check() {
    let policy = fixture("policies/builtin_error");
    let plan = fixture("terraform/lifecycle/plan.json");
    let run = |args: &[&str]| {
        outcome(
            tfguard()
                .args(args)
                .arg("-p")
                .arg(&policy)
                .arg(&plan)
                .output()
                .unwrap(),
        )
    };
    let (code, stdout, _) = run(&["test", "--no-color"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("WARN - "), "{stdout}");
    assert!(
        stdout.contains("2 tests, 1 passed, 1 warning, 0 failures"),
        "{stdout}"
    );
    for args in [
        &["test", "--no-color", "--show-builtin-errors"][..],
        &["check", "--no-color"],
    ] {
        let (code, _, stderr) = run(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains("main.rego:6"), "{args:?}: {stderr}");
        assert!(
            stderr.contains("json") || stderr.contains("deserialize"),
            "{args:?}: {stderr}"
        );
    }
}

/// A plan gate makes no network calls: `http.send` is refused when the
/// policy loads, naming file, line and column, in `test` and `check`.
#[test]
fn network_builtins_are_refused() {
    let policy = fixture("policies/network");
    for command in ["test", "check"] {
        let output = tfguard()
            .args([command, "--no-color", "-p"])
            .arg(&policy)
            .arg(fixture("terraform/lifecycle/plan.json"))
            .output()
            .unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(2), "{command}: {stderr}");
        assert!(stderr.contains("main.rego:6:"), "{command}: {stderr}");
        assert!(
            stderr.contains("http.send is refused"),
            "{command}: {stderr}"
        );
    }
}

/// regorus ignores a `with` that replaces a function by a function of
/// another package (OPA calls the replacement): refused when the policy
/// loads, never answered wrongly, in `test`, `check` and `verify`.
#[test]
fn a_function_mock_regorus_would_ignore_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mocks.rego"),
        "package mocks\n\nh(x) := x * 100\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("main.rego"),
        "package main\n\nf(x) := x + 1\n\ndeny contains sprintf(\"%v\", [y]) if {\n  y := f(1) with f as data.mocks.h\n}\n",
    )
    .unwrap();
    for command in ["test", "check", "verify"] {
        let mut run = tfguard();
        run.args([command, "-p"]).arg(dir.path());
        if command != "verify" {
            run.arg(fixture("terraform/lifecycle/plan.json"));
        }
        let (code, _, stderr) = outcome(run.output().unwrap());
        assert_eq!(code, 2, "{command}: {stderr}");
        assert!(
            stderr.contains("main.rego:6:")
                && stderr.contains("cannot replace a function by a function of another package"),
            "{command}: {stderr}"
        );
    }
}

/// Unlike Conftest, `test` never prints a value the plan marks sensitive:
/// not in any output format, not in `print()` output, not in `--trace`.
#[test]
fn sensitive_values_are_redacted_in_every_format_and_the_trace() {
    let plan = fixture("plans/sensitive.json");
    let text = std::fs::read_to_string(&plan).unwrap();
    let secrets = ["hunter2hunter2", "var-token-4242"];
    assert!(secrets.iter().all(|s| text.contains(s)));
    for format in [
        "stdout",
        "json",
        "tap",
        "table",
        "junit",
        "github",
        "azuredevops",
        "sarif",
    ] {
        let (code, stdout, stderr) = outcome(
            tfguard()
                .args(["test", "--trace", "-o", format, "-p"])
                .arg(fixture("conftest/leaky"))
                .arg(&plan)
                .output()
                .unwrap(),
        );
        assert_eq!(code, 1, "{format}: {stderr}");
        assert!(
            stdout.contains("(sensitive value)") || stderr.contains("(sensitive value)"),
            "{format}: {stdout}"
        );
        for secret in secrets {
            assert!(
                !stdout.contains(secret) && !stderr.contains(secret),
                "{format} leaks {secret}:\n{stdout}\n{stderr}"
            );
        }
    }
    let (_, _, trace) = outcome(
        tfguard()
            .args(["test", "--trace", "-p"])
            .arg(fixture("conftest/leaky"))
            .arg(&plan)
            .output()
            .unwrap(),
    );
    // The trace quotes the user's lines, not the front end's rewrites.
    assert!(trace.contains("msg := sprintf("), "{trace}");
    assert!(trace.contains("password is (sensitive value)") || trace.contains("TRAC"));
}

/// The built-in checks run on regorus's compiled VM (engine/vm.rs); its
/// timer fires as the interpreter's does: exit 2, the check and resource
/// named, never a pass.
#[test]
fn built_in_checks_stop_at_the_timeout_too() {
    let (code, stdout, stderr) = outcome(
        tfguard()
            .args(["check", "--policy-timeout", "1ns"])
            .arg(fixture("plans/aws-starter.json"))
            .output()
            .unwrap(),
    );
    assert_eq!(code, 2, "{stdout}");
    assert!(
        stderr.starts_with("error: builtin:aws/")
            && stderr.contains("failed on aws_")
            && stderr.contains("exceeded the policy timeout of 1ns"),
        "{stderr}"
    );
}

/// A runaway policy ends at --policy-timeout, exit 2, naming the query.
#[test]
fn a_runaway_policy_stops_at_the_timeout() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.rego"),
        "package main\n\ndeny contains \"runaway\" if {\n  count([1 | some a in numbers.range(1, 20000); some b in numbers.range(1, 20000); a == b]) > 0\n}\n",
    )
    .unwrap();
    for command in ["test", "check"] {
        let (code, stdout, stderr) = outcome(
            tfguard()
                .args([command, "--policy-timeout", "300ms", "-p"])
                .arg(dir.path())
                .arg(lifecycle_plan())
                .output()
                .unwrap(),
        );
        assert_eq!(code, 2, "{command}: {stdout}");
        assert!(
            stderr.contains("data.main.deny")
                && stderr.contains("exceeded the policy timeout of 300ms"),
            "{command}: {stderr}"
        );
    }
    // A resource-level rule names the resource it was evaluating.
    let resource = tempfile::tempdir().unwrap();
    std::fs::write(
        resource.path().join("slow.rego"),
        "# METADATA\n# custom:\n#   resource_types: [\"terraform_data\"]\npackage slow\n\ndeny contains \"runaway\" if {\n  count([1 | some a in numbers.range(1, 20000); some b in numbers.range(1, 20000); a == b]) > 0\n}\n",
    )
    .unwrap();
    let (code, _, stderr) = outcome(
        tfguard()
            .args(["check", "--policy-timeout", "300ms", "-p"])
            .arg(resource.path())
            .arg(lifecycle_plan())
            .output()
            .unwrap(),
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("slow.rego:")
            && stderr.contains("rule `data.slow.deny` failed on terraform_data.")
            && stderr.contains("300ms"),
        "{stderr}"
    );
    // From tfguard.toml, in Atlantis: a FAIL block, never a pass.
    std::fs::write(
        dir.path().join("tfguard.toml"),
        "policy_timeout = \"300ms\"\n",
    )
    .unwrap();
    let (code, stdout, _) = outcome(
        tfguard()
            .current_dir(dir.path())
            .env_remove("POLICYCHECKFILE")
            .env("SHOWFILE", lifecycle_plan())
            .args(["atlantis", "-p", "."])
            .output()
            .unwrap(),
    );
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with("FAIL - tfguard - error - ")
            && stdout.contains("exceeded the policy timeout of 300ms"),
        "{stdout}"
    );
}
