Console.WriteLine("curriculum");
