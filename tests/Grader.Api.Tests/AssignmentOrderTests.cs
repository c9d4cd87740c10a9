using System.Net;
using System.Net.Http.Json;
using Grader.Api.Assignments;

namespace Grader.Api.Tests;

/// <summary>PUT /assignments/{id}/exercise-order: a new order of the same exercises, nothing else.</summary>
[Collection(ApiCollection.Name)]
public sealed class AssignmentOrderTests(SharedApi api)
{
    [Fact]
    public async Task An_instructor_reorders_the_exercises_and_students_and_the_gradebook_see_the_new_order()
    {
        var instructor = api.Instructor();
        var id = await Assignments.CreateAsync(instructor);
        var (student, _, _) = await api.NewUserAsync();
        var before = await student.GetFromJsonAsync<AssignmentResponse>($"/assignments/{id}", Json.Options);

        var reordered = await instructor.PutAsJsonAsync($"/assignments/{id}/exercise-order", new { exerciseIds = new[] { "sum-keepdims", "cumsum" } });

        Assert.Equal(HttpStatusCode.OK, reordered.StatusCode);
        Assert.Equal(["cumsum", "sum-keepdims"], before!.Exercises.Select(e => e.ExerciseId));
        var answer = (await reordered.Content.ReadFromJsonAsync<AssignmentResponse>(Json.Options))!;
        Assert.Equal(["sum-keepdims", "cumsum"], answer.Exercises.Select(e => e.ExerciseId));
        var seen = await student.GetFromJsonAsync<AssignmentResponse>($"/assignments/{id}", Json.Options);
        Assert.Equal([("sum-keepdims", 5), ("cumsum", 10)], seen!.Exercises.Select(e => (e.ExerciseId, e.Points)));
        Assert.Equal((before.DueAt, before.PointsPossible, before.Titles), (seen.DueAt, seen.PointsPossible, seen.Titles));
        Assert.Equal(["sum-keepdims", "cumsum"], (await Assignments.GradebookAsync(instructor, id)).Columns.Select(c => c.ExerciseId));
    }

    [Fact]
    public async Task A_reorder_lists_exactly_the_assignments_exercises_and_only_instructors_may_send_one()
    {
        var instructor = api.Instructor();
        var id = await Assignments.CreateAsync(instructor);
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var path = $"/assignments/{id}/exercise-order";

        var missing = await instructor.PutAsJsonAsync(path, new { exerciseIds = new[] { "cumsum" } });
        var extra = await instructor.PutAsJsonAsync(path, new { exerciseIds = new[] { "cumsum", "sum-keepdims", "dot-product" } });
        var twice = await instructor.PutAsJsonAsync(path, new { exerciseIds = new[] { "cumsum", "cumsum", "sum-keepdims" } });
        var notAnId = await instructor.PutAsJsonAsync(path, new { exerciseIds = new[] { "cumsum", "../etc" } });
        var nullId = await instructor.PutAsJsonAsync(path, new { exerciseIds = new[] { "cumsum", null } });
        var empty = await instructor.PutAsJsonAsync(path, new { exerciseIds = Array.Empty<string>() });
        var unknown = await instructor.PutAsJsonAsync("/assignments/no-such-assignment/exercise-order", new { exerciseIds = new[] { "cumsum" } });
        var byTa = await ta.PutAsJsonAsync(path, new { exerciseIds = new[] { "sum-keepdims", "cumsum" } });
        var byStudent = await student.PutAsJsonAsync(path, new { exerciseIds = new[] { "sum-keepdims", "cumsum" } });

        Assert.Contains("now cumsum, sum-keepdims", await Problem.AssertAsync(missing, HttpStatusCode.Conflict), StringComparison.Ordinal);
        await Problem.AssertAsync(extra, HttpStatusCode.Conflict, "Not the assignment's exercises");
        Assert.Contains("cumsum is listed twice", await Problem.AssertAsync(twice, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("exerciseIds[1] is not an exercise id", await Problem.AssertAsync(notAnId, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("exerciseIds[1] is not an exercise id", await Problem.AssertAsync(nullId, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(empty, HttpStatusCode.BadRequest);
        await Problem.AssertAsync(unknown, HttpStatusCode.NotFound, "Unknown assignment");
        await Problem.AssertAsync(byTa, HttpStatusCode.Forbidden);
        await Problem.AssertAsync(byStudent, HttpStatusCode.Forbidden);
        var still = await instructor.GetFromJsonAsync<AssignmentResponse>($"/assignments/{id}", Json.Options);
        Assert.Equal(["cumsum", "sum-keepdims"], still!.Exercises.Select(e => e.ExerciseId));
    }
}
