/** Party id of the Chinese side: the one side every meeting in the dataset has. */
export const CHINA = "china";
