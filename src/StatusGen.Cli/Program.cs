using StatusGen.Cli;

// Exit codes (docs/cli.md): 0 success, 1 content errors, 2 usage errors,
// 3 the output could not be written (the previous output is untouched), 70 internal error.
return StatusGenCli.Run(args, CliContext.FromProcess());
