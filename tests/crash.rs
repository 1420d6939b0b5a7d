//! Crash safety: a writer (`tandem-cli call -`) is killed with SIGKILL at random moments, again
//! and again; after each kill the vault must open, verify, and hold every write it reported.
#![cfg(unix)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{open, PASS};
use serde_json::{json, Value};

/// A small deterministic generator; the seed is printed so that a failure can be replayed.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

#[test]
fn killed_writers_never_lose_a_reported_write_or_break_the_vault() {
    let runs: u64 = std::env::var("TANDEM_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let seed = std::env::var("TANDEM_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
                | 1
        });
    eprintln!("crash harness: {runs} runs, TANDEM_CRASH_SEED={seed}");
    let mut dice = Dice(seed);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    drop(open(&dir, "Crash Worker"));

    // Every write the writer reported done: (person id, name).
    let mut confirmed: Vec<(i64, String)> = Vec::new();
    let mut killed_mid_write = 0;
    for run in 0..runs {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tandem-cli"))
            .args(["--vault", dir.to_str().unwrap(), "call", "-"])
            .env("TANDEM_PASSPHRASE", PASS)
            .env("LANG", "en_GB.UTF-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        // Read the writer's replies on a thread, so that the kill can come at any moment.
        let (tx, rx) = mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Feed a stream of writes: persons with a household, and a request each.
        let names: Vec<String> = (0..400).map(|i| format!("Crash R{run} N{i}")).collect();
        let feed = names.clone();
        let writer = std::thread::spawn(move || {
            for name in feed {
                let line = json!({"command": "person.create", "args": {"display_name": name,
                    "household": [{"name": "Kid", "relation": "child", "cohabits": true, "minor": true}]}});
                if writeln!(stdin, "{line}").is_err() {
                    break;
                }
            }
        });
        let wait = Duration::from_millis(20 + dice.below(400));
        let start = Instant::now();
        let mut replies = Vec::new();
        while start.elapsed() < wait {
            if let Ok(l) = rx.recv_timeout(Duration::from_millis(5)) {
                replies.push(l);
            }
        }
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();
        let _ = writer.join();
        let _ = reader.join();
        replies.extend(rx.try_iter());
        if status.success() {
            eprintln!("run {run}: the writer finished before the kill");
        }
        // Replies come in order: the n-th ok is the n-th name.
        let mut done = 0;
        for (i, line) in replies.iter().enumerate() {
            let v: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("run {run}: a torn reply {line:?}: {e}"));
            let id = v["ok"]["id"]
                .as_i64()
                .unwrap_or_else(|| panic!("run {run}: write {i} failed: {v}"));
            confirmed.push((id, names[i].clone()));
            done += 1;
        }
        if done < names.len() {
            killed_mid_write += 1;
        }

        // After the kill: the vault opens, verifies, and holds every reported write, and
        // no write is there by half (a person without the household member sent with it).
        if run % 10 == 9 || run + 1 == runs {
            let mut t = tandem::Tandem::new(&dir).with_kdf(tandem::vault::KdfParams::TESTING);
            t.call("vault.unlock", json!({"passphrase": PASS}))
                .unwrap_or_else(|e| panic!("run {run}: the vault does not open: {e:?}"));
            let v = t.call("vault.verify", json!({})).unwrap();
            assert_eq!(v["ok"], true, "run {run}: {v}");
            drop(t);
            let vault =
                tandem::vault::Vault::unlock(&dir, &tandem::vault::Secret::Passphrase(PASS))
                    .unwrap();
            let stored: std::collections::HashMap<i64, String> = vault
                .conn()
                .prepare("SELECT id, display_name FROM person")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            for (id, name) in &confirmed {
                assert_eq!(
                    stored.get(id),
                    Some(name),
                    "run {run}: reported write {id} is lost"
                );
            }
            let halves: i64 = vault
                .conn()
                .query_row(
                    "SELECT count(*) FROM person p
                     WHERE NOT EXISTS (SELECT 1 FROM household_member h WHERE h.person_id = p.id)",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(halves, 0, "run {run}: a write is there by half");
        }
    }
    eprintln!(
        "crash harness: {} writes reported and found; {killed_mid_write} of {runs} runs killed mid-stream",
        confirmed.len()
    );
    assert!(
        killed_mid_write * 2 > runs,
        "most kills must land while writing"
    );
    assert!(!confirmed.is_empty());
}
