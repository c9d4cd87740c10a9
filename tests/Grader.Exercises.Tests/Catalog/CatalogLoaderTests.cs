using Grader.Exercises.Catalog;

namespace Grader.Exercises.Tests;

/// <summary>Each test copies one good exercise into a catalog of its own, breaks one thing, and loads it.</summary>
public sealed class CatalogLoaderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("grader-catalog-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Exercise(string id = "dot-product")
    {
        var folder = Path.Combine(root, id);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(ExerciseCatalog.DefaultDirectory, id)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    private CatalogError LoadSingleError()
    {
        var exception = Assert.Throws<CatalogException>(() => ExerciseCatalog.Load(root));
        return Assert.Single(exception.Errors);
    }

    [Fact]
    public void A_good_exercise_copied_elsewhere_loads()
    {
        Exercise();

        var catalog = ExerciseCatalog.Load(root);

        Assert.Equal("dot-product", Assert.Single(catalog.Exercises).Id);
    }

    [Fact]
    public void A_reference_that_does_not_compile_is_reported_with_its_file_and_line()
    {
        var folder = Exercise();
        File.WriteAllText(Path.Combine(folder, "reference.cs"), "Tensor Solve(Tensor x, Tensor y)\n{\n    return x.dot(y)\n}\n");

        var error = LoadSingleError();

        Assert.Equal(Path.Combine(folder, "reference.cs"), error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("CS1002", error.Message, StringComparison.Ordinal);
        Assert.Contains("reference.cs(3)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misconception_hidden_inside_a_statement_is_refused_so_workers_can_be_given_cases_without_it()
    {
        var folder = Exercise();
        File.AppendAllText(Path.Combine(folder, "cases.cs"), "\nif (true)\n    Misconception<Tensor, Tensor>(\"hidden\", Text(\"a\", \"b\"), Text(\"c\", \"d\"), (x, y) => x);\n");
        var lines = File.ReadAllLines(Path.Combine(folder, "cases.cs")).Length;

        var error = LoadSingleError();

        Assert.EndsWith("cases.cs", error.File, StringComparison.Ordinal);
        Assert.Equal(lines, error.Line);
        Assert.Contains("top-level Misconception(...) statement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_visible_example_after_a_hidden_case_is_refused_since_it_could_show_what_the_hidden_one_received()
    {
        var folder = Exercise();
        File.AppendAllText(Path.Combine(folder, "cases.cs"), "\nExample(\"late\", () => [tensor(new[] { 1f, 2f }), tensor(new[] { 3f, 4f })]);\n");

        var error = LoadSingleError();

        Assert.EndsWith("cases.cs", error.File, StringComparison.Ordinal);
        Assert.Contains("Every visible example must come before the first hidden case.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_metadata_is_reported_with_its_line()
    {
        var folder = Exercise();
        File.WriteAllText(Path.Combine(folder, "exercise.json"), "{\n  \"id\": \"dot-product\",\n  \"topic\": linear-algebra\n}\n");

        var error = LoadSingleError();

        Assert.EndsWith("exercise.json", error.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_unknown_metadata_field_is_refused_rather_than_ignored()
    {
        var folder = Exercise();
        var json = File.ReadAllText(Path.Combine(folder, "exercise.json")).Replace("\"order\"", "\"ordre\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "exercise.json"), json);

        Assert.Contains("ordre", LoadSingleError().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_that_fails_on_a_case_is_reported()
    {
        var folder = Exercise();
        File.WriteAllText(Path.Combine(folder, "reference.cs"), "Tensor Solve(Tensor x, Tensor y) => x.view(7, 7);\n");

        var error = LoadSingleError();

        Assert.EndsWith("reference.cs", error.File, StringComparison.Ordinal);
        Assert.Contains("fails on case 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void A_reference_that_uses_a_forbidden_api_is_reported()
    {
        var folder = Exercise("gradient-descent");
        File.WriteAllText(Path.Combine(folder, "reference.cs"), """
            double Solve(Func<double, double> f, double x0, double alpha)
            {
                var t = tensor(x0).requires_grad_();
                return x0;
            }
            """);

        var error = LoadSingleError();

        Assert.Equal(3, error.Line);
        Assert.Contains("TorchSharp.torch.Tensor.requires_grad_ is forbidden", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_that_are_not_reproducible_from_their_seed_are_reported()
    {
        var folder = Exercise();
        File.AppendAllText(Path.Combine(folder, "cases.cs"), """

            Hidden(Text("unseeded", "未設種子"), r => [tensor(new[] { (float)Random.Shared.NextDouble() }), tensor(new[] { 1f })], Text("hint", "提示"));
            """);

        var exception = Assert.Throws<CatalogException>(() => ExerciseCatalog.Load(root));

        Assert.Contains(exception.Errors, e => e.File.EndsWith("cases.cs", StringComparison.Ordinal) && e.Message.Contains("different results for the same seed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misconception_that_equals_the_reference_everywhere_is_reported()
    {
        var folder = Exercise();
        File.AppendAllText(Path.Combine(folder, "cases.cs"), """

            Misconception<Tensor, Tensor>("not-a-mistake", Text("x", "x"), Text("y", "y"), (x, y) => y.dot(x));
            """);

        Assert.Contains("not-a-mistake", LoadSingleError().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("double Solve(Tensor x, Tensor y)", "differs from the reference's Solve")]
    [InlineData("Tensor Solve(Tensor x)", "differs from the reference's Solve")]
    [InlineData("Tensor Answer(Tensor x, Tensor y)", "is not a declaration of a method Solve")]
    public void A_signature_in_exercise_json_that_is_not_the_references_is_reported(string signature, string expected)
    {
        var folder = Exercise();
        var json = Path.Combine(folder, "exercise.json");
        File.WriteAllText(json, File.ReadAllText(json).Replace("Tensor Solve(Tensor x, Tensor y)", signature, StringComparison.Ordinal));

        var error = LoadSingleError();

        Assert.Equal(json, error.File);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_starter_whose_entry_point_returns_another_type_is_reported_at_its_line()
    {
        var folder = Exercise();
        foreach (var starter in new[] { "starter.cs", "starter.zh-TW.cs" })
        {
            var path = Path.Combine(folder, starter);
            File.WriteAllText(path, File.ReadAllText(path).Replace("Tensor Solve(Tensor x, Tensor y)", "double Solve(Tensor x, Tensor y)", StringComparison.Ordinal).Replace("return x;", "return 0;", StringComparison.Ordinal));
        }

        var error = LoadSingleError();

        Assert.Equal(Path.Combine(folder, "starter.cs"), error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("Solve must be `Tensor Solve(Tensor x, Tensor y)`; yours (line 1) is `double Solve(Tensor x, Tensor y)`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misconception_whose_symptom_the_reference_shows_is_reported_as_it_would_name_a_right_answer()
    {
        var folder = Exercise();
        File.AppendAllText(Path.Combine(folder, "cases.cs"), """

            MisconceptionWhen<Tensor, Tensor>("any-tensor", Text("x", "x"), Text("y", "y"), (x, y, expected, actual) => actual is Grader.Exercises.Values.TensorValue);
            """);

        var error = LoadSingleError();

        Assert.Contains("\"any-tensor\" is recognised in the reference's own result", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""Misconception<Tensor, Tensor>("sum-of-sums", Text("x", "x"), Text("y", "y"), (x, y) => x.sum());""", "declared 2 times")]
    [InlineData("""Misconception<Tensor, Tensor>("Sum_Of", Text("x", "x"), Text("y", "y"), (x, y) => x.sum());""", "lower-case words joined by hyphens")]
    [InlineData("""Misconception<Tensor, Tensor>("no-hint", Text("x", "x"), Text("", "y"), (x, y) => x.sum());""", "a message and a hint in both languages")]
    public void A_misconception_without_a_hint_or_with_a_bad_or_repeated_id_is_reported(string statement, string expected)
    {
        var folder = Exercise();
        File.AppendAllText(Path.Combine(folder, "cases.cs"), "\n" + statement + "\n");

        Assert.Contains(expected, LoadSingleError().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    return x.dot(x);", 4)]
    [InlineData("#if false\n    return y;\n#endif\n    return x;", 4)]
    [InlineData("    // 內積\n    ;", 5)]
    public void A_translated_starter_whose_code_differs_from_the_english_one_is_refused_at_its_line(string changed, int line)
    {
        var folder = Exercise();
        var english = File.ReadAllText(Path.Combine(folder, "starter.cs"));
        File.WriteAllText(Path.Combine(folder, "starter.zh-TW.cs"), english.Replace("    return x;", changed, StringComparison.Ordinal));

        var error = Assert.Single(Assert.Throws<CatalogException>(() => ExerciseCatalog.LoadExercise(folder)).Errors);

        Assert.Equal(Path.Combine(folder, "starter.zh-TW.cs"), error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains("only comments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_starter_may_change_comments_and_layout()
    {
        var folder = Exercise();
        var english = File.ReadAllText(Path.Combine(folder, "starter.cs"));
        File.WriteAllText(
            Path.Combine(folder, "starter.zh-TW.cs"),
            "/* 起始程式碼 */\n" + english.Replace("    return x;", "    // 還沒完成\n    return   x ;", StringComparison.Ordinal));

        var exercise = ExerciseCatalog.LoadExercise(folder);

        Assert.Contains("還沒完成", exercise.Starter.ZhTw, StringComparison.Ordinal);
        Assert.Equal(english, exercise.Starter.En);
    }

    [Fact]
    public void A_missing_file_and_an_id_that_differs_from_its_folder_are_reported()
    {
        var folder = Exercise();
        File.Delete(Path.Combine(folder, "starter.cs"));
        File.Delete(Path.Combine(folder, "starter.zh-TW.cs"));
        var renamed = Exercise("cumsum");
        File.WriteAllText(Path.Combine(renamed, "exercise.json"), File.ReadAllText(Path.Combine(renamed, "exercise.json")).Replace("\"cumsum\"", "\"cum-sum\"", StringComparison.Ordinal));

        var errors = Assert.Throws<CatalogException>(() => ExerciseCatalog.Load(root)).Errors;

        Assert.Contains(errors, e => e.File.EndsWith("starter.cs", StringComparison.Ordinal) && e.Message == "This file is missing.");
        Assert.Contains(errors, e => e.File.EndsWith("starter.zh-TW.cs", StringComparison.Ordinal) && e.Message == "This file is missing.");
        Assert.Contains(errors, e => e.Message.Contains("differs from the folder name", StringComparison.Ordinal));
    }
}
