using System.Text.RegularExpressions;
using Grader.Exercises.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Exercises.Tests;

/// <summary>Students reading zh-TW get a starter commented in Traditional Chinese, with the English one's code.</summary>
[Collection(CatalogCollection.Name)]
public partial class StarterTranslationTests(CatalogFixture catalog)
{
    [Theory]
    [MemberData(nameof(CatalogFixture.ExerciseIds), MemberType = typeof(CatalogFixture))]
    public void The_zh_TW_starter_is_commented_in_Chinese_and_has_the_english_code(string exerciseId)
    {
        var starter = catalog[exerciseId].Starter;

        Assert.NotEmpty(Comments(starter.ZhTw));
        Assert.All(Comments(starter.ZhTw), comment => Assert.Matches(Cjk(), comment));
        Assert.All(Comments(starter.En), comment => Assert.DoesNotMatch(Cjk(), comment));
        Assert.Equal(CodeOnly(starter.En), CodeOnly(starter.ZhTw));
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.ExerciseIds), MemberType = typeof(CatalogFixture))]
    public void Each_language_gets_its_own_starter(string exerciseId)
    {
        var starter = catalog[exerciseId].Starter;

        Assert.Equal(starter.ZhTw, starter.In("zh-TW"));
        Assert.Equal(starter.En, starter.In("en"));
        Assert.Equal(File.ReadAllText(Path.Combine(ExerciseCatalog.DefaultDirectory, exerciseId, "starter.zh-TW.cs")), starter.ZhTw);
    }

    private static List<string> Comments(string code) =>
    [
        .. Parse(code).DescendantTrivia()
            .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia))
            .Select(t => t.ToString()),
    ];

    /// <summary>The code with every comment dropped and its layout normalized.</summary>
    private static string CodeOnly(string code)
    {
        var root = Parse(code);
        var comments = root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia));
        return root.ReplaceTrivia(comments, (_, _) => default).NormalizeWhitespace().ToFullString();
    }

    private static SyntaxNode Parse(string code) =>
        CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)).GetRoot();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
