using Initialization.Grader.Batch.Identity;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Batch;

/// <summary>What a batch run is asked to do.</summary>
/// <param name="Submissions">The folder with one entry per student.</param>
/// <param name="Output">Where results, gradebook, summary and plots go (a shard writes into its own folder inside it).</param>
/// <param name="Jobs">How many submissions are graded at once.</param>
/// <param name="Force">Grade again students whose result already exists.</param>
/// <param name="Format">The format of each student's result file besides the Gradescope JSON.</param>
/// <param name="Gradebooks">Platform gradebooks (Canvas, Moodle) to write besides gradebook.csv.</param>
/// <param name="Shard">The part of the class to grade, or null for all of it.</param>
/// <param name="Identity">How the students are identified (roster, export layout); null: as the folder's layout names them.</param>
public sealed record BatchOptions(string Submissions, string Output, int Jobs, bool Force, IResultFormat Format, IReadOnlyList<IGradebookFormat> Gradebooks, Shard? Shard = null, IdentityOptions? Identity = null)
{
    /// <summary>The folder this run writes into: <see cref="Output"/>, or its shard-I folder for a shard.</summary>
    public string OutputFolder => Shard is null ? Output : Path.Combine(Output, Shard.FolderName);
}
