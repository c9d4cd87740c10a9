using System.Net;
using System.Net.Http.Json;
using Grader.Api.Assignments;
using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>An instructor reorders an assignment's exercises with the keyboard; students see the new order.</summary>
[Collection(PagesCollection.Name)]
public sealed class AssignmentOrderPageTests(SharedPagesServer api, Browser browser)
{
    [Fact]
    public async Task An_instructor_moves_an_exercise_down_twice_with_the_keyboard_and_the_student_sees_the_new_order()
    {
        var id = await ThreeExercisesAsync();
        var (_, _, studentId) = await api.NewUserAsync();
        var page = await browser.NewPageAsync(api.Address, locale: "en-US", width: 360);
        await page.GotoAsync("/app/signin");
        await page.GetByLabel("Token").FillAsync(GraderApiFactory.InstructorToken);
        await page.GetByLabel("Token").PressAsync("Enter");
        await page.WaitForURLAsync("**/app", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.GotoAsync($"/app/admin/assignments/edit/{id}");
        var order = page.Locator("ol.order > li > span[translate='no']");
        await Assertions.Expect(order).ToHaveTextAsync(new[] { "Non-reduction sum and cumulative sum", "Non-reduction sum and broadcasting", "Dot product" });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move Non-reduction sum and cumulative sum up" })).ToBeDisabledAsync();

        // Keyboard only: focus the button, press Enter; the moved exercise's button keeps the focus after each move.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move Non-reduction sum and cumulative sum down" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(order).ToHaveTextAsync(new[] { "Non-reduction sum and broadcasting", "Non-reduction sum and cumulative sum", "Dot product" });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move Non-reduction sum and cumulative sum down" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(order).ToHaveTextAsync(new[] { "Non-reduction sum and broadcasting", "Dot product", "Non-reduction sum and cumulative sum" });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move Non-reduction sum and cumulative sum up" })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move Non-reduction sum and cumulative sum down" })).ToBeDisabledAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "The page is wider than the phone.");

        // The student's assignment page lists them in the new order.
        var student = await browser.NewPageAsync(api.Address, locale: "zh-TW");
        await student.GotoAsync("/app/signin");
        await student.Locator("#token").FillAsync(await Tokens.IssueAsync(api, studentId));
        await student.Locator("#token").PressAsync("Enter");
        await student.WaitForURLAsync("**/app", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await student.GotoAsync($"/app/assignments/{id}");
        await Assertions.Expect(student.Locator("tbody tr td:first-child a")).ToHaveTextAsync(new[] { "非降維加總與廣播", "內積", "非降維加總與累積和" });
    }

    [Fact]
    public async Task The_move_form_refuses_a_made_up_move_a_forged_post_and_students()
    {
        var id = await ThreeExercisesAsync();
        var (instructor, _, _) = await StaffPages.SignedInAsync(api, "instructor");
        var (student, _, _) = await StaffPages.SignedInAsync(api, "student");
        var path = $"/app/admin/assignments/edit/{id}";
        var token = PageClient.AntiforgeryToken(await instructor.PageAsync(path));
        var action = $"{path}?handler=Move";

        var notInIt = await instructor.PostFormAsync(action, token, new() { ["Move"] = "matrix-vector:up" });
        var pastTheTop = await instructor.PostFormAsync(action, token, new() { ["Move"] = "cumsum:up" });
        var sideways = await instructor.PostFormAsync(action, token, new() { ["Move"] = "cumsum:left" });
        var forged = await instructor.PostFormAsync(action, antiforgery: null, new() { ["Move"] = "cumsum:down" });
        var byStudent = await student.PostFormAsync(action, token, new() { ["Move"] = "cumsum:down" });

        foreach (var refused in new[] { notInIt, pastTheTop, sideways })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Choose an exercise of the assignment and a direction.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byStudent.StatusCode);
        var still = await api.Instructor().GetFromJsonAsync<AssignmentResponse>($"/assignments/{id}", Json.Options);
        Assert.Equal(["cumsum", "sum-keepdims", "dot-product"], still!.Exercises.Select(e => e.ExerciseId));
        var zh = PageClient.For(api, "zh-TW");
        await zh.SignInAsync(GraderApiFactory.InstructorToken);
        var chinese = await zh.PageAsync(path);
        Assert.True(StaffPages.LatinWords(chinese) is [], $"English left: {string.Join(", ", StaffPages.LatinWords(chinese))}");
    }

    private async Task<string> ThreeExercisesAsync()
    {
        var id = Assignments.NewId();
        (await api.Instructor().PostAsJsonAsync("/assignments", new
        {
            id,
            title = new { en = "Three", zhTW = "三題" },
            exercises = new[] { new { exerciseId = "cumsum", points = 10 }, new { exerciseId = "sum-keepdims", points = 5 }, new { exerciseId = "dot-product", points = 5 } },
            opensAt = Assignments.Due.AddDays(-14),
            dueAt = Assignments.Due,
        })).EnsureSuccessStatusCode();
        return id;
    }
}
