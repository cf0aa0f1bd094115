namespace Initialization.Grader.Gradebooks;

/// <summary>Which Canvas column identifies the student.</summary>
public enum CanvasStudentKey
{
    /// <summary>Canvas's own user id ("ID").</summary>
    CanvasId,

    /// <summary>The institution's user id ("SIS User ID").</summary>
    SisUserId,

    /// <summary>The institution's login ("SIS Login ID").</summary>
    SisLoginId,
}
