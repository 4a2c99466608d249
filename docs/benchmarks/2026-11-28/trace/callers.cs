#:package Microsoft.Diagnostics.Tracing.TraceEvent@3.1.21
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;

var etlx = TraceLog.CreateFromEventPipeDataFile(args[0]);
using var log = new TraceLog(etlx);
var target = args[1];
int depth = args.Length > 2 ? int.Parse(args[2]) : 6;
var paths = new Dictionary<string, int>();
int n = 0;
foreach (var ev in log.Events)
{
    if (ev.EventName != "Thread/Sample") continue;
    var stack = ev.CallStack();
    if (stack == null) continue;
    var frames = new List<string>();
    for (var s = stack; s != null; s = s.Caller) frames.Add(s.CodeAddress.FullMethodName ?? "?");
    var i = frames.FindIndex(f => f.Contains(target));
    if (i < 0) continue;
    n++;
    var key = string.Join("\n      <- ", frames.Skip(i).Take(depth).Select(f => f.Length > 150 ? f[..150] : f));
    paths[key] = paths.GetValueOrDefault(key) + 1;
}
Console.WriteLine($"{n} samples with {target}");
foreach (var (k, v) in paths.OrderByDescending(p => p.Value).Take(8)) Console.WriteLine($"{v,6} {k}\n");
